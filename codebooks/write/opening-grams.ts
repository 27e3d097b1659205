// What a follow-up repeats of the answer that opens it ("Are you still seeing a doctor … for head
// and neck cancer? (This includes cancers of the mouth, sinuses, …)") is printed where that answer
// is listed, on its question's checklist: those 3-grams say nothing of where the follow-up itself is
// printed, so a wording-overlap match counts none of them (page-match.ts). FHH English gave
// Cancer_HeadNeckCancerCurrently the checklist's page 4, where no follow-up of it is printed.
import type Database from 'better-sqlite3';
import { foldText, shingles } from '../merge/page-match';

export type OpeningGrams = (item: number, language: 'en' | 'es') => ReadonlySet<string>;

export function openingGrams(db: Database.Database): OpeningGrams {
  const rows = db
    .prepare(
      `SELECT DISTINCT b.child_id AS item, a.text_en, a.text_es, o.label_en, o.label_es
         FROM branching b, json_each(b.answer_ids) j JOIN items a ON a.id = j.value
         LEFT JOIN options o ON o.answer_id = a.id AND o.question_id = b.parent_id`,
    )
    .all() as { item: number; text_en: string | null; text_es: string | null; label_en: string | null; label_es: string | null }[];
  const grams = new Map<string, Set<string>>();
  const add = (key: string, text: string | null) => {
    if (!text) return;
    let set = grams.get(key);
    if (!set) grams.set(key, (set = new Set()));
    for (const g of shingles(foldText(text).split(' '))) set.add(g);
  };
  for (const r of rows) {
    add(`${r.item}|en`, r.text_en);
    add(`${r.item}|en`, r.label_en);
    add(`${r.item}|es`, r.text_es);
    add(`${r.item}|es`, r.label_es);
  }
  // Every source's wording of the answer, not only the chosen one: the Data Browser's "… head and
  // neck cancer? (This includes cancers of the mouth, …) - Self" repeats what its follow-ups say of it.
  const wordings = db
    .prepare(
      `SELECT DISTINCT b.child_id AS item, p.field, p.value
         FROM branching b, json_each(b.answer_ids) j JOIN provenance p ON p.item_id = j.value AND p.field IN ('text.en', 'text.es')`,
    )
    .all() as { item: number; field: string; value: string }[];
  for (const w of wordings) add(`${w.item}|${w.field === 'text.en' ? 'en' : 'es'}`, w.value);
  const none: ReadonlySet<string> = new Set();
  return (item, language) => grams.get(`${item}|${language}`) ?? none;
}
