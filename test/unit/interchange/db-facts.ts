// Facts read straight from the built codebook with SQL of the tests' own (not through the
// services the exports use), to check the exports' values exactly.
import type { Codebook } from '../../../electron/services/store';

export interface DbAnswer {
  code: string | null;
  conceptId: number | null;
  standardConceptId: number | null;
  en: string | null;
  es: string | null;
}

export interface DbQuestion {
  id: number;
  code: string | null;
  conceptId: number | null;
  en: string | null;
  es: string | null;
  helpEn: string | null;
  answers: DbAnswer[];
}

/** Every question of a module (distinct by code), with its answer options in order. */
export function moduleQuestions(db: Codebook, slug: string): DbQuestion[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.code, i.concept_id AS conceptId, i.text_en AS en, i.text_es AS es, i.help_en AS helpEn
         FROM item_modules im JOIN items i ON i.id = im.item_id JOIN modules m ON m.id = im.module_id
        WHERE m.slug = ? AND i.kind = 'question' ORDER BY im.position`,
    )
    .all(slug) as Omit<DbQuestion, 'answers'>[];
  const answers = db.prepare(
    `SELECT a.code, a.concept_id AS conceptId, coalesce(o.standard_concept_id, a.standard_concept_id) AS standardConceptId,
        coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
       FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`,
  );
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = r.code ?? `#${r.conceptId}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((r) => ({ ...r, answers: answers.all(r.id) as DbAnswer[] }));
}

/** Source instrument names (short name, else name) the codebook gives a question. */
export function instrumentNames(db: Codebook, itemId: number): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT coalesce(n.short_name, n.name) AS n FROM question_sources s JOIN instruments n ON n.id = s.instrument_id WHERE s.item_id = ?`)
    .all(itemId) as { n: string }[];
  return rows.map((r) => r.n);
}

/** Surveys the format tests run on: current surveys of different shapes, and a retired one. */
export const TEST_SURVEYS = ['lifestyle', 'basics', 'overall-health', 'hcau', 'sdoh', 'cope'] as const;
