// `npm run bench:pdf`: "Show in PDF" on every instrument PDF, in Chromium against the browser
// mode (run `npm run build` first), the question the page index places furthest into each
// document (bench/pdf-links.ts), in two flows, each in a fresh browser profile:
// - item page (the user's): the app is started afresh for every PDF (a reload: the browser's cache
//   stays, as when the app is started again; the flow's first PDF has nothing cached at all), the
//   question's item page is opened, and as soon as its "Show in PDF" link is there the pointer goes
//   onto it and clicks at once (`--dwell=N`: rests N ms on it first). Timed from that pointerdown:
//   the first "Show in PDF" of a session, with no time for the item page to load anything ahead.
// - catalog: one session, each link followed from the catalog by changing the address (no
//   pointer, so nothing is loaded ahead of it); timed from the address change.
// For each: the page expected and landed on, and the frames with the highlight and with the
// canvas painted under it; then p50, p95, max and the 500 ms target. `--flow=item|catalog` runs
// one, `--files=a.pdf,b.pdf` only those PDFs; `--without-boxes` drops the build's highlight
// boxes (hl=) from the links, so the viewer finds the words by searching the page's text.
// The catalog flow's first PDF is also timed again with no DevTools client on pdf.js's worker, and
// then also without Chromium's omnibox popup (bench/first-pdf.ts; `npx tsx bench/first-pdf-rulers.ts`
// compares the rulers in turn).
import { loadavg } from 'node:os';
import { defaultDbPath } from '../codebooks/paths';
import { openCodebook } from '../electron/services/store';
import { openChromium, type Session } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { firstPdf } from './first-pdf';
import { furthestLinks, type PdfLink } from './pdf-links';
import { inPage, markStart, result, watchFor, type Timing } from './pdf-timing';
import { summarize } from './stats';

const TARGET_MS = 500;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flows = arg('flow') ? [arg('flow')!] : ['item', 'catalog'];
const dwell = Number(arg('dwell') ?? 0);
const db = openCodebook(defaultDbPath());
const documents = (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) ?? 0;
const withoutBoxes = process.argv.includes('--without-boxes');
const links = furthestLinks(db, arg('files')?.split(',')).map((l) => (withoutBoxes ? { ...l, href: l.href.replace(/&hl=[^&]*/, '') } : l));
db.close();
const served = await serveBrowserMode();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

async function ready(s: Session, route: string): Promise<void> {
  await s.page.locator(`[data-app-state="ready"][data-route="${route}"]`).waitFor({ state: 'attached', timeout: 60_000 });
}

async function fromItemPage(s: Session, l: PdfLink): Promise<Timing> {
  await s.page.goto('about:blank');
  await s.page.goto(served.url + '#/surveys');
  await ready(s, 'surveys');
  await s.page.evaluate((h) => (location.hash = h), `#/item/${encodeURIComponent(l.item)}`);
  const a = s.page.locator(`.show-in-pdf a[href="${l.href.replace(/"/g, '\\"')}"]`);
  await a.waitFor({ timeout: 30_000 });
  await watchFor(inPage(s.page), l, true);
  if (dwell > 0) await a.hover().then(() => s.page.waitForTimeout(dwell));
  await a.click();
  return result(inPage(s.page));
}

async function fromCatalog(s: Session, l: PdfLink): Promise<Timing> {
  await s.page.goto(served.url + '#/surveys');
  await ready(s, 'surveys');
  await watchFor(inPage(s.page), l, false);
  await markStart(inPage(s.page));
  await s.page.evaluate((href) => (location.hash = href), l.href);
  return result(inPage(s.page));
}

const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'never');
async function run(flow: string): Promise<void> {
  const s = await openChromium();
  try {
    await s.page.goto(served.url);
    await ready(s, 'surveys');
    const how = flow === 'item' ? `item page, pointerdown on its link${dwell ? ` after resting ${dwell} ms on it` : ', no rest'}, app started afresh each time` : 'catalog, address changed';
    console.log(`\n== ${how}${withoutBoxes ? '   (links without the build\'s highlight boxes)' : ''}; load average ${load()}`);
    console.log('ms     painted  expected  landed  highlighted  file');
    const hl: number[] = [];
    const painted: number[] = [];
    let missed = 0;
    for (const [i, l] of links.entries()) {
      const t = await (flow === 'item' ? fromItemPage(s, l) : fromCatalog(s, l));
      const found = Number.isFinite(t.highlight);
      const ok = found && t.landed === String(l.page) && t.highlight <= TARGET_MS;
      if (!ok) missed++;
      hl.push(t.highlight);
      painted.push(t.painted);
      const mark = l.q ? (found ? 'yes' : 'NO') : 'no wording';
      const first = i === 0 ? '   (fresh profile: nothing cached)' : '';
      console.log(`${(found ? t.highlight.toFixed(0) : '-').padEnd(6)} ${(Number.isFinite(t.painted) ? t.painted.toFixed(0) : '-').padEnd(8)} ${String(l.page).padEnd(9)} ${String(t.landed ?? '-').padEnd(7)} ${mark.padEnd(12)} ${l.file}${ok ? '' : '   <- missed'}${first}`);
    }
    const h = summarize(hl);
    const p = summarize(painted);
    const metPainted = painted.filter((x) => x <= TARGET_MS).length;
    console.log(`Show in PDF (${how}) on ${links.length} of ${documents} documents, each its furthest indexed question`);
    console.log(`highlight on its page: p50 ${f(h.p50)}   p95 ${f(h.p95)}   max ${f(Math.max(...hl))}   target ≤ ${TARGET_MS} ms, right page, on every PDF: ${missed === 0 ? 'met' : `NOT met (${missed} missed)`}`);
    console.log(`canvas painted under it: p50 ${f(p.p50)}   p95 ${f(p.p95)}   max ${f(Math.max(...painted))}   ${metPainted} of ${links.length} within ${TARGET_MS} ms`);
    if (flow === 'catalog' && Number.isFinite(hl[0]!)) {
      // The same first PDF again, with no DevTools client on pdf.js's worker (a user's browser
      // has none): the figure above stays as it always was measured, this one beside it.
      const bare = await firstPdf('bare', served, links[0]!);
      console.log(`first PDF (fresh profile), Playwright's ruler as above: ${f(hl[0]!)};   again with no DevTools client on the worker (bench/first-pdf.ts 'bare'): ${f(bare.highlight)}, canvas ${f(bare.painted)}, landed p.${bare.landed ?? '-'}`);
      // And without Chromium's own omnibox popup, which it starts in a renderer of its own at
      // launch, on the same cores, within this window: the app's window (Electron) has none.
      const quiet = await firstPdf('quiet', served, links[0]!);
      console.log(`  as in the app's window, also without Chromium's omnibox popup (bench/first-pdf.ts 'quiet'): ${f(quiet.highlight)}, canvas ${f(quiet.painted)}, landed p.${quiet.landed ?? '-'}`);
    }
    console.log(`load average at the end ${load()}`);
  } finally {
    await s.close();
  }
}

try {
  for (const flow of flows) await run(flow);
} finally {
  await served.stop();
}
