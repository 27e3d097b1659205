// Facts read straight from the built codebook with SQL of the tests' own (not through the
// services the exports use), to check the exports' values exactly; only a release's answer list
// (which answers, their order and words) is the release scope's.
import { releaseScope } from '../../../electron/services/releases/scope';
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

/** Every question of a module's current release (distinct by code), with its answer options in order. */
export function moduleQuestions(db: Codebook, slug: string): DbQuestion[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.code, i.concept_id AS conceptId, i.text_en AS en, i.text_es AS es, i.help_en AS helpEn
         FROM releases r JOIN modules m ON m.id = r.module_id
         JOIN (SELECT release_id, item_id, min(position) AS position FROM release_items GROUP BY release_id, item_id) ri ON ri.release_id = r.id
         JOIN items i ON i.id = ri.item_id LEFT JOIN item_modules im ON im.item_id = i.id AND im.module_id = m.id
        WHERE m.slug = ? AND r.is_current = 1 AND i.kind = 'question'
        ORDER BY coalesce(im.position, ri.position)`,
    )
    .all(slug) as Omit<DbQuestion, 'answers'>[];
  const answers = db.prepare(
    `SELECT a.code, a.concept_id AS conceptId, coalesce(o.standard_concept_id, a.standard_concept_id) AS standardConceptId,
        coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
       FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`,
  );
  // The current release's own wording where its sources give one (questionnaire, then PDF, then codebook).
  const wording = db.prepare(
    `SELECT t.text FROM release_texts t JOIN releases r ON r.id = t.release_id AND r.is_current = 1
       JOIN release_sources s ON s.release_id = t.release_id AND s.source = t.source JOIN modules m ON m.id = r.module_id
      WHERE m.slug = ? AND t.item_id = ? AND t.lang = ?
      ORDER BY CASE s.role WHEN 'questionnaire' THEN 0 WHEN 'instrument-pdf' THEN 1 ELSE 2 END, s.rowid LIMIT 1`,
  );
  const inRelease = (id: number, lang: 'en' | 'es', merged: string | null) =>
    (wording.get(slug, id, lang) as { text: string } | undefined)?.text ?? merged;
  // Which answers the current release lists, in what order and words, is the release scope's
  // (tested against the raw files in test/unit/releases); each answer's codes and IDs are read here.
  const moduleId = (db.prepare('SELECT id FROM modules WHERE slug = ?').get(slug) as { id: number }).id;
  const scope = releaseScope(db, moduleId);
  const answerById = db.prepare(
    `SELECT a.id, a.code, a.concept_id AS conceptId, coalesce(o.standard_concept_id, a.standard_concept_id) AS standardConceptId,
        coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
       FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ?`,
  );
  const releaseAnswers = (questionId: number): DbAnswer[] => {
    const listed = scope?.options(questionId);
    if (!listed) return answers.all(questionId) as DbAnswer[];
    const merged = new Map((answerById.all(questionId) as (DbAnswer & { id: number })[]).map((a) => [a.id, a]));
    return listed.flatMap((o) => {
      const a = merged.get(o.answerId);
      return a ? [{ code: a.code, conceptId: a.conceptId, standardConceptId: a.standardConceptId, en: o.en ?? a.en, es: o.es ?? a.es }] : [];
    });
  };
  // A Data Browser "Skip" row counts participants who skipped: no option anyone could pick.
  const skip = (a: DbAnswer) => a.code?.toLowerCase() === 'pmi_skip' || (a.code === null && /^(pmi:\s*)?skip$/i.test((a.en ?? '').trim()));
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = r.code ?? `#${r.conceptId}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((r) => ({ ...r, en: inRelease(r.id, 'en', r.en), es: inRelease(r.id, 'es', r.es), answers: releaseAnswers(r.id).filter((a) => !skip(a)) }));
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
