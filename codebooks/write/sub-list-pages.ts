// A relative's condition list printed as one question with headed sub-lists: the 2018 family
// history (43528698.pdf) prints "Please indicate if your mother has ever been diagnosed with the
// following health conditions…" once, then "• Heart and blood conditions:", "• Lung conditions:"
// … over the next pages. The codebook's questions are the sub-lists ("Lung Conditions:", the Data
// Browser's "Please indicate if your mother has ever been diagnosed with any of these respiratory
// conditions…"), and the long wording's overlap found the stem's page, page 1, for every one of
// them; "Lung conditions:" is on page 3 (and the stem's print was tied to one sub-list of each of
// three relatives). A question found by overlap or tied to such a print whose own wording is a short
// heading takes the page of that heading as a line of its own, between the stem its long wording
// opens like and the next stem opening the same way (the next relative's), where there is one.
import type Database from 'better-sqlite3';
import { foldText } from '../merge/page-match';

/** A heading is a few words ("Lung Conditions:"); a longer wording is a question of its own. */
const MAX_HEADING_WORDS = 6;
/** Words the printed stem and the long wording must open alike with ("please indicate if your mother"). */
const STEM_WORDS = 5;
/** Words that open every relative's stem alike ("please indicate if your"): where the next one starts. */
const SERIES_WORDS = 4;

interface Line {
  page: number;
  /** Folded: bullets and punctuation gone. */
  text: string;
  /** As printed, without its bullet ("Lung conditions:"). */
  printed?: string;
}

/** A document's lines in print order. */
function linesOf(pageTexts: string[]): Line[] {
  return pageTexts.flatMap((t, i) => t.split('\n').map((l) => ({ page: i + 1, text: foldText(l), printed: l.replace(/^[^\p{L}\p{N}]+/u, '').trim() })).filter((l) => l.text));
}

/** The line of `heading` under the stem the wording opens like, from `page` on; null where not one clear line. */
export function headingLine(lines: Line[], page: number, heading: string, wordings: string[]): Line | null {
  const h = foldText(heading);
  for (const w of wordings) {
    const words = foldText(w).split(' ');
    if (words.length < STEM_WORDS + 2) continue;
    const stem = words.slice(0, STEM_WORDS).join(' ');
    const starts = lines.flatMap((l, i) => (l.page === page && l.text.startsWith(stem) ? [i] : []));
    if (starts.length !== 1) continue;
    const series = words.slice(0, SERIES_WORDS).join(' ');
    const from = starts[0]!;
    const next = lines.findIndex((l, i) => i > from && l.text.startsWith(series));
    const span = lines.slice(from + 1, next === -1 ? lines.length : next);
    const found = span.filter((l) => l.text === h);
    return found.length === 1 ? found[0]! : null;
  }
  return null;
}

/** The page of `heading` under the stem (headingLine). */
export const headingPage = (lines: Line[], page: number, heading: string, wordings: string[]): number | null => headingLine(lines, page, heading, wordings)?.page ?? null;

/** Places the sub-lists; returns how many rows it placed (moved, or given their heading to highlight). */
export function pagesOfSubLists(db: Database.Database, pageTextsOf: (document: number) => string[], wordingsOf: (item: number, language: 'en' | 'es') => string[]): number {
  const rows = db
    .prepare(`SELECT qp.item_id, qp.document_id, qp.page, d.language, CASE d.language WHEN 'en' THEN i.text_en ELSE i.text_es END AS text
      FROM question_pages qp JOIN documents d ON d.id = qp.document_id JOIN items i ON i.id = qp.item_id WHERE qp.method IN ('shingles', 'printed')`)
    .all() as { item_id: number; document_id: number; page: number; language: 'en' | 'es'; text: string | null }[];
  // The heading is the words "Show in PDF" highlights there (highlight-boxes.ts, where printed once).
  const move = db.prepare(`UPDATE question_pages SET page = ?, method = 'anchored', wording = ? WHERE item_id = ? AND document_id = ?`);
  const lines = new Map<number, Line[]>();
  let moved = 0;
  for (const r of rows) {
    if (!r.text || foldText(r.text).split(' ').length > MAX_HEADING_WORDS) continue;
    let l = lines.get(r.document_id);
    if (!l) lines.set(r.document_id, (l = linesOf(pageTextsOf(r.document_id))));
    const line = headingLine(l, r.page, r.text, wordingsOf(r.item_id, r.language));
    // Already on that page (its heading under the stem there), the heading is still what to highlight,
    // as printed ("Lung conditions:", the codebook's "Lung Conditions").
    if (line) moved += move.run(line.page, line.printed ?? r.text, r.item_id, r.document_id).changes;
  }
  return moved;
}
