// Last of the page index: a question still without a page in a document is looked for by the
// wordings its sources give but the merge did not choose. An entry field's prompt that gave way
// to the printed question (codebooks/merge/field-prompts.ts) is what the other editions print
// beside the box ("Person 2 Email Address", The Basics p.13), and its dropped Spanish what the
// Spanish PDF prints ("Por favor, especifique:" under its answer). Only where nothing else found a
// page, so every link found by the chosen wording stays as it was, and only where it is printed
// word for word. (A wording other items share, "...for this condition?", is looked for before,
// where the chosen one is only nearly printed: page-index.ts.) Method 'other-wording': the chosen
// wording is not what the page prints: "Show in PDF" highlights the words found (`wording`).
import type Database from 'better-sqlite3';
import type { NotHere, PageIndex } from '../merge/page-match';
import { anchoredPage, type FollowUpReaders } from './follow-up-pages';

export interface OtherWordingInput {
  docs: { id: number; module_id: number; language: 'en' | 'es' }[];
  questionsOf: (module: number) => { id: number }[];
  indexes: Map<number, PageIndex>;
  said: (item: number, language: 'en' | 'es') => ReadonlySet<string>;
  notHere: (module: number, language: 'en' | 'es') => (wording: string, said: ReadonlySet<string>) => NotHere | undefined;
  readers: FollowUpReaders;
}

export function pagesFromOtherWordings(db: Database.Database, input: OtherWordingInput): number {
  const others = otherWordings(db);
  const insert = db.prepare(`INSERT OR IGNORE INTO question_pages (item_id, document_id, page, method, score, wording) VALUES (?, ?, ?, 'other-wording', ?, ?)`);
  const found = new Set((db.prepare('SELECT item_id, document_id FROM question_pages').all() as { item_id: number; document_id: number }[]).map((r) => `${r.item_id}|${r.document_id}`));
  let rows = 0;
  for (const d of input.docs) {
    const index = input.indexes.get(d.id)!;
    const notHere = input.notHere(d.module_id, d.language);
    for (const q of input.questionsOf(d.module_id)) {
      if (found.has(`${q.id}|${d.id}`)) continue;
      const said = input.said(q.id, d.language);
      for (const wording of others.get(`${q.id}|${d.language}`) ?? []) {
        const hit = index.find(wording, said, notHere(wording, said));
        // Printed as it is: a near match of a wording the merge did not choose is too far to go on
        // (the 2018 family history's per-relative grids would all take the relative's first page).
        if (hit?.method !== 'exact') continue;
        // A wording printed on several pages: the one under its answer's heading, or none.
        const page = hit.alsoOn ? anchoredPage(input.readers.textOf(index), wording, hit, input.readers.anchorsFor(q.id, d.id, d.language), said) : hit.page;
        if (page === null) continue;
        // Highlighted by these words only where they are not also another page's (highlight-boxes.ts).
        rows += insert.run(q.id, d.id, page, hit.score, hit.alsoOn ? null : wording).changes;
        break;
      }
    }
  }
  return rows;
}

/** Per `item|language`, the wordings its sources give that were not chosen, longest first. */
function otherWordings(db: Database.Database): Map<string, string[]> {
  const rows = db
    .prepare(`SELECT item_id AS id, field, value FROM provenance WHERE context_id IS NULL AND chosen = 0 AND field IN ('text.en', 'text.es') ORDER BY length(value) DESC, value`)
    .all() as { id: number; field: string; value: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = `${r.id}|${r.field === 'text.en' ? 'en' : 'es'}`;
    const list = out.get(k) ?? [];
    if (!list.includes(r.value)) out.set(k, [...list, r.value]);
  }
  return out;
}
