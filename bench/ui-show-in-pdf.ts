// `npm run bench:pdf`: "Show in PDF" on every instrument PDF, in Chromium against the browser
// mode (run `npm run build` first). For each document, the question the page index places
// furthest into it (printed or exact wording) is opened as its "Show in PDF" link does; the time
// runs from the link's navigation to its wording highlighted on that page. Prints the slowest,
// p95, and any document that missed the page or the 500 ms target.
import { loadavg } from 'node:os';
import { defaultDbPath } from '../codebooks/paths';
import { questionPdfPages } from '../electron/services/pdfs';
import { openCodebook } from '../electron/services/store';
import { highlightFor, linkToPdf } from '../renderer/src/features/pdf/links';
import { openChromium } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { summarize } from './stats';

const TARGET_MS = 500;
const db = openCodebook(defaultDbPath());
const picks = db
  .prepare(`SELECT d.id AS doc, d.title AS title, (SELECT coalesce(i.code, CAST(i.concept_id AS TEXT)) FROM question_pages qp JOIN items i ON i.id = qp.item_id
      WHERE qp.document_id = d.id AND qp.method IN ('printed', 'exact') ORDER BY qp.page DESC, qp.item_id LIMIT 1) AS item
    FROM documents d ORDER BY d.id`)
  .all() as { doc: number; title: string | null; item: string | null }[];
const links = picks.flatMap(({ doc, item }) => {
  const pages = item ? questionPdfPages(db, item) : null;
  const p = pages?.pages.find((x) => x.document.id === doc);
  const q = p ? highlightFor(p.method, pages!.text[p.document.language]) : undefined;
  return p && q ? [{ doc, file: p.document.file, page: p.page, href: linkToPdf(doc, { page: p.page, q }) }] : [];
});
db.close();

const served = await serveBrowserMode();
const s = await openChromium();
const times: number[] = [];
const misses: string[] = [];
try {
  await s.page.goto(served.url);
  await s.page.locator('[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
  for (const l of links) {
    await s.page.goto(served.url + '#/surveys');
    await s.page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });
    const started = await s.page.evaluate((href) => ((location.hash = href), performance.now()), l.href);
    const sel = `.pdf-page[data-page="${l.page}"] .highlight.selected`;
    const found = await s.page.waitForSelector(sel, { timeout: 15_000 }).then(() => true, () => false);
    const ms = (await s.page.evaluate(() => performance.now())) - started;
    const current = await s.page.getAttribute('.pdf-viewer', 'data-current-page').catch(() => null);
    times.push(found ? ms : Infinity);
    if (!found || current !== String(l.page) || ms > TARGET_MS) misses.push(`${l.file} p.${l.page}: ${found ? `${ms.toFixed(0)} ms` : 'no highlight'}, viewer on page ${current}`);
  }
  const t = summarize(times);
  const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'never');
  console.log(`Show in PDF on ${links.length} of ${picks.length} documents (each its furthest printed question), link → wording highlighted on its page`);
  console.log(`p50 ${f(t.p50)}   p95 ${f(t.p95)}   max ${f(Math.max(...times))}   target ≤ ${TARGET_MS} ms on every PDF: ${misses.length === 0 ? 'met' : 'NOT met'}`);
  for (const m of misses) console.log(`  ${m}`);
  console.log(`machine load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await s.close();
  await served.stop();
}
