// A list flattened for the spreadsheets: one row per question, then one per chosen answer.
import type { VariableList } from '../lists/schema';

export const COLUMNS = [
  'survey',
  'kind',
  'question_code',
  'code',
  'ppi_concept_id',
  'standard_concept_id',
  'text_en',
  'text_es',
  'source_instrument',
  'note',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string | number | null>;

export function listRows(list: VariableList): Row[] {
  const rows: Row[] = [];
  for (const e of list.entries) {
    const survey = e.survey?.name ?? e.survey?.slug ?? null;
    const instruments = [...new Set(e.sources.map((s) => s.instrument ?? s.name))].join('; ') || null;
    rows.push({
      survey,
      kind: 'question',
      question_code: e.code,
      code: e.code,
      ppi_concept_id: e.conceptId,
      standard_concept_id: null,
      text_en: e.text.en,
      text_es: e.text.es,
      source_instrument: instruments,
      note: e.note || null,
    });
    for (const a of e.answers) {
      rows.push({
        survey,
        kind: 'answer',
        question_code: e.code,
        code: a.code,
        ppi_concept_id: a.conceptId,
        standard_concept_id: a.standardConceptId,
        text_en: a.text.en,
        text_es: a.text.es,
        source_instrument: instruments,
        note: null,
      });
    }
  }
  return rows;
}

/** Spreadsheet formula injection: a cell starting with = + - @ (also after blanks, also their
 *  full-width forms, which some spreadsheets fold to ASCII) or with tab/CR is read as text. */
export function guardFormula(value: string): string {
  return /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(value) ? `'${value}` : value;
}
