// A module ready for trainer mode: the outline (instrument order, structured conditions) plus,
// for every row, the answer options a participant sees and the branching prose. One call, so the
// renderer does not ask for each question separately.
import type { Presentation, PresentationRow } from '../contract/presentation';
import { branchingOf } from './item-branching';
import { findModuleId, surveyOutline } from './outline';
import { inInstrumentOrder } from './presentation-order';
import { withoutCopies } from './releases/printed-list';
import { releaseScope } from './releases/scope';
import type { Codebook } from './store';

interface Member {
  id: number;
  code: string | null;
  concept_id: number | null;
  help_en: string | null;
  help_es: string | null;
}

/** `release`: as for the outline (default: the current release). */
export function surveyPresentation(db: Codebook, survey: string, release?: string | null): Presentation | null {
  // One scope for the outline and the lists below: each question's list is made once.
  let shared: ReturnType<typeof releaseScope> = null;
  const outline = surveyOutline(db, survey, release, (...args) => (shared = releaseScope(...args)));
  const moduleId = findModuleId(db, survey);
  if (!outline || moduleId === null) return null;
  const scope = shared ?? releaseScope(db, moduleId, outline.release?.id);
  const members = db
    .prepare(`SELECT i.id, i.code, i.concept_id, i.help_en, i.help_es FROM item_modules im JOIN items i ON i.id = im.item_id
       WHERE im.module_id = ? AND i.kind IN ('topic', 'question') ORDER BY im.position`)
    .all(moduleId) as Member[];
  // Outline rows carry no item id: a row is found again by its code, else by its concept ID.
  const byCode = new Map<string, Member>();
  const byConcept = new Map<number, Member>();
  for (const m of members) {
    if (m.code !== null && !byCode.has(m.code)) byCode.set(m.code, m);
    if (m.code === null && m.concept_id !== null && !byConcept.has(m.concept_id)) byConcept.set(m.concept_id, m);
  }
  const answersOf = db.prepare(
    `SELECT a.id, a.code, a.concept_id AS conceptId, coalesce(o.standard_concept_id, a.standard_concept_id) AS standardConceptId,
        coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es, o.source
       FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`,
  );
  // The English instrument's printed answers, from the best-linked printing of the question.
  const printedOf = db.prepare(
    `SELECT p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id
      WHERE p.item_id = ? AND d.language = 'en' AND p.answers IS NOT NULL ORDER BY p.link_score DESC, p.id LIMIT 1`,
  );
  const printed = (id: number): string[] | null => {
    const r = printedOf.get(id) as { answers: string } | undefined;
    const list: unknown = r ? JSON.parse(r.answers) : null;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : null;
  };
  const rows: PresentationRow[] = outline.rows.map((row) => {
    const m = row.code !== null ? byCode.get(row.code) : row.conceptId !== null ? byConcept.get(row.conceptId) : undefined;
    if (!m || row.kind !== 'question') return { ...row, helpText: { en: null, es: null }, answers: [], prose: [] };
    const merged = answersOf.all(m.id) as { id: number; code: string | null; conceptId: number | null; standardConceptId: number | null; en: string | null; es: string | null; source: string }[];
    // The release's own options, in its order and wording, where its sources list them.
    const own = scope?.options(m.id);
    const byAnswer = new Map(merged.map((a) => [a.id, a]));
    // No list of the release's own: the merged one without the Data Browser's uncoded copies (as the outline counts it).
    const kept = own ? null : new Set(withoutCopies(db, merged.map((a) => ({ answerId: a.id, en: a.en, es: a.es }))).map((a) => a.answerId));
    const chosen = own ? own.flatMap((o) => (byAnswer.has(o.answerId) ? [{ ...byAnswer.get(o.answerId)!, en: o.en ?? byAnswer.get(o.answerId)!.en, es: o.es ?? byAnswer.get(o.answerId)!.es }] : [])) : merged.filter((a) => kept!.has(a.id));
    const listed = chosen.map((a) => ({ code: a.code, conceptId: a.conceptId, standardConceptId: a.standardConceptId, text: { en: a.en, es: a.es } }));
    // The participant app's questionnaires and the codebooks keep the instrument's order; the Data
    // Browser lists options by participant count, so only its lists are put in the printed order.
    const countOrdered = chosen.some((a) => a.source?.startsWith('data-browser:'));
    // The release's own print first: the best-linked print may be another survey's (PFHH's cancer list from FHH's PDF).
    const releasePrint = scope?.texts.get(m.id)?.answers.en;
    const answers = inInstrumentOrder(listed, countOrdered ? (releasePrint?.length ? releasePrint : printed(m.id)) : null);
    const prose = [...new Set(branchingOf(db, m.id).map((b) => b.text?.trim()).filter((t): t is string => !!t))];
    return { ...row, helpText: { en: m.help_en, es: m.help_es }, answers, prose };
  });
  return { survey: outline.survey, release: outline.release, rows };
}
