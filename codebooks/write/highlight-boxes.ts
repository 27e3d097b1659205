// Where "Show in PDF" highlights a question on its page, found once at build time: the viewer
// draws these boxes over the page as soon as it knows the page's size, without reading the page's
// text or searching it. The words looked for are the link's (highlightFor: the wording as
// printed there, a grid row's own part), folded the way the viewer's find folds them.
import type Database from 'better-sqlite3';
import type { PageRun } from '../model/records';
import { closingOf, findInPage, foldQuery, foldRuns, type FoldedPage, type SpanRange } from '../../renderer/src/features/pdf/find-text';
import { highlightFor } from '../../renderer/src/features/pdf/links';
import { push } from '../merge/group';
import { anchorReader } from './follow-up-pages';
import { opensLine, printsInOrder, printsOf, printUnderHeading } from './which-print';

/** [x, top, width, height] in points: x from the page's left edge, top down from its top edge. */
export type HighlightBox = [number, number, number, number];

// Of a line's font size, how far the glyphs reach above and below the baseline.
const ASCENT = 0.85;
const DESCENT = 0.25;

/** The boxes of the first place `text` is printed on a page (or its `nth`, 0-based: the second of two
 *  prints worded alike), one per line; null when it is not found. */
export function highlightBoxes(runs: PageRun[], text: string, folded: FoldedPage = foldRuns(runs), nth = 0): HighlightBox[] | null {
  const query = foldQuery(text);
  if (!query) return null;
  const matches = printedMatches(runs, folded, query, closingOf(text));
  const match = matches[Math.min(nth, matches.length - 1)];
  if (!match) return null;
  const lines = new Map<number, { x1: number; x2: number; top: number; bottom: number }>();
  for (const r of match) {
    const run = runs[r.item]!;
    const len = run.str.length || 1;
    // Characters are taken as equally wide: exact for whole runs, close for the part of one.
    const x1 = run.x + (run.width * r.start) / len;
    const x2 = run.x + (run.width * r.end) / len;
    const top = run.y - ASCENT * run.size;
    const bottom = run.y + DESCENT * run.size;
    const l = lines.get(run.y);
    if (!l) lines.set(run.y, { x1, x2, top, bottom });
    else Object.assign(l, { x1: Math.min(l.x1, x1), x2: Math.max(l.x2, x2), top: Math.min(l.top, top), bottom: Math.max(l.bottom, bottom) });
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return [...lines.values()].map((l) => [round(l.x1), round(l.top), round(l.x2 - l.x1), round(l.bottom - l.top)]);
}

// The English PDFs repeat a question's wording after it as "[Original Source Question Text: …]":
// that echo is no print of it, and counting it made the second of two prints worded alike land
// on the first one's echo (IPAQ's "How many days per week?", COPE 2020). A match inside the
// brackets (a grid row's part of it included) is skipped.
const ECHO = '[Original Source Question Text';
const ECHO_ENDS = /Branching Logic|[○●•▪]/i;

/** Where the page prints `query` (folded offsets), echoes left out: what `nth` counts. */
export function printOffsets(runs: PageRun[], folded: FoldedPage, query: string): number[] {
  const all = printsOf(folded.text, query);
  return findInPage(folded, query).flatMap((m, i) => (printed(runs, m) ? [all[i]!] : []));
}

/** The matches of `query` on the page that are not inside a source's echoed wording. */
function printedMatches(runs: PageRun[], folded: FoldedPage, query: string, closing: string) {
  return findInPage(folded, query, closing).filter((m) => printed(runs, m));
}

// A skip instruction quotes the question it skips to ('If selected, skip to "About how long has it
// been …"', Health_Care_Access_Utilization.pdf p.2): that quote is no print of it either.
const SKIP_TO = /skip to\s*["\u201c]\s*$/i;

function printed(runs: PageRun[], m: SpanRange[]): boolean {
  const first = m[0];
  if (!first) return true;
  const before = runs.slice(Math.max(0, first.item - 40), first.item).map((r) => r.str).join(' ') + ' ' + runs[first.item]!.str.slice(0, first.start);
  if (SKIP_TO.test(before)) return false;
  const echo = before.lastIndexOf(ECHO);
  // Some echoes are never closed (Lifestyle.pdf p.2): an answer or a branching line ends one too.
  return echo <= before.lastIndexOf(']') || ECHO_ENDS.test(before.slice(echo));
}

interface Row {
  item_id: number;
  document_id: number;
  page: number;
  method: string;
  language: 'en' | 'es';
  text_en: string | null;
  text_es: string | null;
  printed: string | null;
  sequence: number | null;
  sha256: string;
}

/** Fills question_pages.boxes; returns how many links with wording to highlight got boxes, of how many. */
export function writeHighlightBoxes(db: Database.Database, documents: { sha256: string; pageRuns: PageRun[][] }[]): { boxed: number; of: number } {
  const runs = new Map(documents.map((d) => [d.sha256, d.pageRuns]));
  // The same wording the service gives the link (electron/services/pdfs.ts questionPdfPages).
  const rows = db
    .prepare(`SELECT qp.item_id, qp.document_id, qp.page, qp.method, d.language, d.sha256, i.text_en, i.text_es,
        CASE WHEN qp.method = 'anchored' THEN qp.wording ELSE coalesce(qp.wording, (SELECT pq.text FROM printed_questions pq WHERE pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page ORDER BY pq.sequence LIMIT 1)) END AS printed,
        (SELECT pq.sequence FROM printed_questions pq WHERE pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page ORDER BY pq.sequence LIMIT 1) AS sequence
      FROM question_pages qp JOIN documents d ON d.id = qp.document_id JOIN items i ON i.id = qp.item_id
      WHERE qp.method IN ('printed', 'exact', 'tail', 'other-wording') OR (qp.method = 'anchored' AND qp.wording IS NOT NULL)`)
    .all() as Row[];
  const update = db.prepare('UPDATE question_pages SET boxes = ? WHERE item_id = ? AND document_id = ?');
  // Another source's words printed twice on the page ("Por favor, especifique:" under two answers):
  // which print is the question's is not known, so nothing is highlighted (and the viewer not told to look).
  const unword = db.prepare('UPDATE question_pages SET wording = NULL WHERE item_id = ? AND document_id = ?');
  const reword = db.prepare('UPDATE question_pages SET wording = ? WHERE item_id = ? AND document_id = ?');
  // Folding a page is most of the work: once per page, not once per question.
  const folded = new Map<string, FoldedPage>();
  const foldedPage = (sha: string, page: number, r: PageRun[]) => {
    const key = `${sha}|${page}`;
    let f = folded.get(key);
    if (!f) folded.set(key, (f = foldRuns(r)));
    return f;
  };
  // Prints worded alike on one page ("Number of cigarettes per day:" twice, Lifestyle.pdf p.2): each
  // is highlighted at its own place, the n-th print at the n-th match.
  const alike = new Map<string, number[]>();
  for (const p of db.prepare('SELECT document_id, page, text, sequence FROM printed_questions WHERE page IS NOT NULL').all() as { document_id: number; page: number; text: string; sequence: number }[]) {
    const key = `${p.document_id}|${p.page}|${foldQuery(p.text)}`;
    push(alike, key, p.sequence);
  }
  const textOf = (r: Row) => highlightFor(r.method, r.language === 'en' ? r.text_en : r.text_es, r.printed);
  const foldedOf = (r: Row) => {
    const pageRuns = runs.get(r.sha256)?.[r.page - 1];
    return pageRuns ? foldedPage(r.sha256, r.page, pageRuns) : null;
  };
  // Words the page index found (another source's wording, a sub-list's heading): only where printed
  // once, or where the print under its answer's heading is known (which-print.ts).
  const isOther = (r: Row) => r.method === 'other-wording' || r.method === 'anchored';
  const found = rows.filter((r) => r.method !== 'printed' && !isOther(r) && textOf(r));
  const linePrints = (r: Row, text: string) => {
    const [folded, pageRuns] = [foldedOf(r), runs.get(r.sha256)?.[r.page - 1]];
    const at = folded && pageRuns ? printOffsets(pageRuns, folded, foldQuery(text)) : [];
    return at.every((a) => opensLine(pageRuns!, folded!, a)) ? at.length : null;
  };
  const inOrder = printsInOrder(db, found.map((r) => ({ item: r.item_id, document: r.document_id, page: r.page, text: textOf(r)!, r })), (l) => linePrints(l.r, l.text));
  const anchorsFor = anchorReader(db, { hidden: 'others' });
  // A wording printed more than once on the page: its own print (which-print.ts); null where
  // another source's words cannot tell which (nothing is highlighted then).
  const nthOf = (r: Row, text: string, folded: FoldedPage): number | null => {
    if (r.method === 'printed') return r.printed !== null ? (alike.get(`${r.document_id}|${r.page}|${foldQuery(r.printed)}`) ?? []).filter((s) => s < r.sequence!).length : 0;
    const query = foldQuery(text);
    const prints = printOffsets(runs.get(r.sha256)![r.page - 1]!, folded, query);
    if (prints.length < 2) return 0;
    const before = r.page > 1 ? foldedOf({ ...r, page: r.page - 1 })?.text : '';
    const under = r.method === 'anchored' ? null : printUnderHeading(folded.text, query, anchorsFor(r.item_id, r.document_id, r.language), prints, before);
    return under ?? (isOther(r) ? null : (inOrder.get(`${r.item_id}|${r.document_id}`) ?? 0));
  };
  let boxed = 0;
  let of = 0;
  for (const r of rows) {
    const text = textOf(r);
    const pageRuns = runs.get(r.sha256)?.[r.page - 1];
    if (!text) continue;
    of++;
    const other = isOther(r);
    const folded = foldedOf(r);
    const nth = folded ? nthOf(r, text, folded) : null;
    let boxes = pageRuns && folded && nth !== null ? highlightBoxes(pageRuns, text, folded, nth) : null;
    // A print that goes on over the page break: its words on this page, which the link gives as the
    // words to find (the viewer finds them there, marks and scrolls to them).
    if (!boxes && pageRuns && folded && r.method === 'printed') {
      const end = pageEndBoxes(pageRuns, text, folded);
      if (end) {
        boxes = end.boxes;
        reword.run(end.words, r.item_id, r.document_id);
      }
    }
    if (!boxes && other) unword.run(r.item_id, r.document_id);
    if (!boxes) continue;
    update.run(JSON.stringify(boxes), r.item_id, r.document_id);
    boxed++;
  }
  return { boxed, of };
}

/** Words a page may print after a question that goes on over the page break: its number, a footnote mark. */
const PAGE_END_WORDS = 2;
/** A print split over a page break is highlighted by at least this many of its words. */
const MIN_PAGE_END_WORDS = 4;

/** The boxes of the longest opening of `text` (MIN_PAGE_END_WORDS words at least) that ends the
 *  page ("…when you were first told you had" / "Type 2 diabetes?" on the next), and those words
 *  as `text` prints them; null if none. */
export function pageEndBoxes(runs: PageRun[], text: string, folded: FoldedPage): { boxes: HighlightBox[]; words: string } | null {
  const words = foldQuery(text).split(' ');
  for (let k = words.length - 1; k >= MIN_PAGE_END_WORDS; k--) {
    const opening = words.slice(0, k).join(' ');
    const at = folded.text.lastIndexOf(opening);
    if (at < 0 || (at > 0 && folded.text[at - 1] !== ' ')) continue;
    const after = folded.text.slice(at + opening.length);
    if (after !== '' && after[0] !== ' ') continue;
    if (after.trim().split(' ').filter(Boolean).length > PAGE_END_WORDS) continue;
    const nth = printOffsets(runs, folded, opening).indexOf(at);
    const printed = openingOf(text, opening);
    // The words as written (their closing marks too), as the viewer looks for them.
    const boxes = nth < 0 || !printed ? null : highlightBoxes(runs, printed, folded, nth);
    return boxes && printed ? { boxes, words: printed } : null;
  }
  return null;
}

/** The start of `text` that folds to `opening` ("About how old … had Type 2"), or null. */
function openingOf(text: string, opening: string): string | null {
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const start = text.slice(0, i).trim();
    if (foldQuery(start) === opening) return start;
  }
  return null;
}
