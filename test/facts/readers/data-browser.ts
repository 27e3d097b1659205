// Data Browser CSVs (all-of-us/data-browser, current and two older snapshots): each row states a
// question's concept ID, code, module, English wording and the parent answer that leads to it.
import type { Claim } from '../claims';
import { csvRows } from '../raw';

/** Every survey_metadata.csv the build reads (current, its bhp_/ehwb_ variants, two older snapshots). */
export const METADATA = [
  'data-browser:survey_metadata.csv',
  'data-browser:bhp_survey_metadata.csv',
  'data-browser:ehwb_survey_metadata.csv',
  'data-browser@48667b5:survey_metadata.csv',
  'data-browser@5552db7:survey_metadata.csv',
];

export async function surveyMetadata(): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const source of METADATA) {
    for (const { row, v } of await csvRows(source)) {
      const at = `data row ${row}`;
      const conceptId = Number(v.concept_id);
      const item = { conceptId };
      if (v.concept_code) claims.push({ source, at, fact: 'conceptId', item: { code: v.concept_code }, conceptId });
      claims.push({ source, at, fact: 'module', item, module: { conceptId: Number(v.survey_concept_id) } });
      if (v.concept_name) claims.push({ source, at, fact: 'text.en', item, text: v.concept_name });
      const parentQ = Number(v.parent_question_concept_id);
      const parentA = Number(v.parent_answer_concept_id);
      if (parentQ && parentA && parentQ !== conceptId && parentA !== conceptId) {
        claims.push({ source, at, fact: 'branching', item, parent: { conceptId: parentQ }, answer: { conceptId: parentA }, shown: 'shown' });
      }
    }
  }
  return claims;
}

/** PFHH answer table: each answer's concept ID under its question, with its label. */
export async function pfhhAnswers(): Promise<Claim[]> {
  const source = 'data-browser:pfhh_qa_metadata.csv';
  return (await csvRows(source)).map(({ row, v }) => ({
    source,
    at: `data row ${row}`,
    fact: 'option',
    item: { conceptId: Number(v.question_concept_id) },
    answer: { conceptId: Number(v.answer_concept_id) },
    label: { en: v.answer },
  }));
}
