// `npm run bench:pdf`: "Show in PDF" on every instrument PDF, in Chromium against the browser
// mode (run `npm run build` first). For each document, the question the page index places
// furthest into it (bench/pdf-links.ts) is opened as its "Show in PDF" link does; the time runs
// from the link's navigation to its wording highlighted on that page (or, where the index gives
// no wording, to that page shown). Prints one line per PDF: page expected and landed on,
// highlighted or not, time, and when the canvas under it was painted; then the p50, p95, max and
// whether the 500 ms target is met. `--without-boxes` drops the build's highlight boxes from the
// links (hl=), so the viewer finds the words by searching the page's text as it did before them:
// the same run, for comparison on the same machine.
import { loadavg } from 'node:os';
import { defaultDbPath } from '../codebooks/paths';
import { openCodebook } from '../electron/services/store';
import { openChromium } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { furthestLinks } from './pdf-links';
import { summarize } from './stats';

const TARGET_MS = 500;
const db = openCodebook(defaultDbPath());
const documents = (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) ?? 0;
const withoutBoxes = process.argv.includes('--without-boxes');
const links = furthestLinks(db).map((l) => (withoutBoxes ? { ...l, href: l.href.replace(/&hl=[^&]*/, '') } : l));
db.close();

const served = await serveBrowserMode();
const s = await openChromium();
const times: number[] = [];
const painted: number[] = [];
let missed = 0;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
try {
  await s.page.goto(served.url);
  await s.page.locator('[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  console.log(`load average at the start ${load()}${withoutBoxes ? '   (links without the build\'s highlight boxes)' : ''}`);
  console.log('ms     painted  expected  landed  highlighted  file');
  for (const l of links) {
    await s.page.goto(served.url + '#/surveys');
    await s.page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });
    const started = await s.page.evaluate((href) => ((location.hash = href), performance.now()), l.href);
    const sel = l.q ? `.pdf-page[data-page="${l.page}"] .highlight.selected` : `.pdf-page[data-page="${l.page}"][data-rendered="true"]`;
    const found = await s.page.waitForSelector(sel, { timeout: 10_000 }).then(() => true, () => false);
    const ms = (await s.page.evaluate(() => performance.now())) - started;
    // The canvas under the highlight: painted after the text layer, reported beside it.
    const paintSel = `.pdf-page[data-page="${l.page}"][data-painted="true"]`;
    const paintedAt = found ? await s.page.waitForSelector(paintSel, { timeout: 10_000 }).then(() => s.page.evaluate(() => performance.now()), () => Infinity) : Infinity;
    painted.push(paintedAt - started);
    const landed = await s.page.getAttribute('.pdf-viewer', 'data-current-page', { timeout: 2_000 }).catch(() => null);
    const ok = found && landed === String(l.page) && ms <= TARGET_MS;
    if (!ok) missed++;
    times.push(found ? ms : Infinity);
    const hl = l.q ? (found ? 'yes' : 'NO') : 'no wording';
    console.log(`${(found ? ms.toFixed(0) : '-').padEnd(6)} ${(Number.isFinite(paintedAt) ? (paintedAt - started).toFixed(0) : '-').padEnd(8)} ${String(l.page).padEnd(9)} ${String(landed ?? '-').padEnd(7)} ${hl.padEnd(12)} ${l.file}${ok ? '' : '   <- missed'}`);
  }
  const t = summarize(times);
  const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'never');
  console.log(`Show in PDF on ${links.length} of ${documents} documents (each its furthest indexed question), link → wording highlighted on its page`);
  console.log(`p50 ${f(t.p50)}   p95 ${f(t.p95)}   max ${f(Math.max(...times))}   target ≤ ${TARGET_MS} ms, right page, highlighted, on every PDF: ${missed === 0 ? 'met' : `NOT met (${missed} missed)`}`);
  const p = summarize(painted);
  console.log(`canvas painted under it (after the highlight): p50 ${f(p.p50)}   p95 ${f(p.p95)}   max ${f(Math.max(...painted))}`);
  console.log(`load average at the end ${load()}`);
} finally {
  await s.close();
  await served.stop();
}
