// The catalog flow's first "Show in PDF" (bench/first-pdf.ts), timed with both rulers in turn,
// each run in a fresh profile: `playwright` (as `npm run bench:pdf`) and `bare` (no DevTools
// client on pdf.js's worker, as in a user's browser); `--rulers=bare,quiet` adds or picks `quiet` (bare
// without Chromium's own omnibox popup, bench/first-pdf.ts). `--runs=N` rounds; `--files=a.pdf` (default:
// the catalog flow's first PDF); `--rulers=bare` one only; `--roots=/a,/b` compares checkouts
// (each served from its own folder: its build/, out/ and service) in turn, the order turned each
// round. `--trace`: each run traced (both rulers alike): the main thread's and the worker's CPU
// in the window, the worker's compile, run and second parse (bench/first-pdf-trace.ts); `--save=dir`
// keeps the traces. Run `npm run build` first (in each root).
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { defaultDbPath } from '../codebooks/paths';
import { openCodebook } from '../electron/services/store';
import { PROJECT_ROOT, serveBrowserMode } from '../test/ui/helpers/serve';
import { firstPdf, type Ruler } from './first-pdf';
import { furthestLinks } from './pdf-links';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(arg('runs') ?? 3);
const roots = arg('roots')?.split(',') ?? [PROJECT_ROOT];
const rulers = (arg('rulers')?.split(',') ?? ['playwright', 'bare']) as Ruler[];
const trace = process.argv.includes('--trace');
const db = openCodebook(defaultDbPath());
const link = furthestLinks(db, arg('files')?.split(','))[0]!;
db.close();

const servers = await Promise.all(roots.map((r) => serveBrowserMode({}, r)));
const f = (t: number) => (Number.isFinite(t) ? t.toFixed(0) : 'never');
const got = new Map<string, number[]>();
let n = 0;
console.log(`first PDF of the catalog flow: ${link.file} p.${link.page}, fresh profile each; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
try {
  for (let i = 0; i < runs; i++) {
    for (const k of roots.map((_, j) => (j + i) % roots.length)) {
      for (const ruler of i % 2 ? [...rulers].reverse() : rulers) {
        const saveAs = arg('save') ? join(arg('save')!, `first-pdf-${++n}-${ruler}.json`) : undefined;
        const t = await firstPdf(ruler, servers[k]!, link, { trace, saveAs });
        const key = `${roots[k]} ${ruler}`;
        got.set(key, [...(got.get(key) ?? []), t.highlight]);
        console.log(`round ${i + 1}  ${ruler.padEnd(10)} ${roots[k]}: highlight ${f(t.highlight)} ms, painted ${f(t.painted)} ms, landed p.${t.landed ?? '-'}; load ${loadavg()[0]!.toFixed(1)}`);
        const c = t.cpu;
        if (c) console.log(`    CPU in the window: main ${f(c.main)} ms, worker ${f(c.worker)} ms; Chromium's UI ${f(c.chromeUi)} ms; worker's thread up at +${f(c.workerStarted)} ms, compiled from +${f(c.compileAt)} ms in ${f(c.compile)} ms, run ${f(c.evaluate)} ms, parsed again for source positions ${f(c.sourcePositions)} ms (wall)`);
      }
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
for (const [key, list] of got) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${key}: median ${f(sorted[Math.floor((sorted.length - 1) / 2)]!)} ms  (${list.map(f).join(' ')})`);
}
