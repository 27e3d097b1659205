// Curation's synthetic RDR observation fixture: each row pairs a question code and concept id
// (observation_source_*) with an answer code and id (value_source_*). Observations repeat, so
// each concept and each question→answer pair is kept once, at the first row it appears.
import { SourceError } from '../../errors';
import { emptyResult, type ConceptRef } from '../../model/records';
import { csvRowAt, optionalInt, readCsv, text, type CsvRow, type CsvTable } from '../../read/csv';
import type { Importer } from '../types';

const Q_CODE = 'observation_source_value';
const Q_ID = 'observation_source_concept_id';
const A_CODE = 'value_source_value';
const A_ID = 'value_source_concept_id';

/** A concept id, where 0 means "none" as in OMOP tables. */
function conceptId(table: CsvTable, row: CsvRow, field: string): number | null {
  const id = optionalInt(table, row, field);
  return id === 0 ? null : id;
}

export const importRdrObservation: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: [Q_CODE, Q_ID, A_CODE, A_ID] });
  const result = emptyResult();
  const source = file.entry.id;
  const seenConcept = new Set<string>();
  const idsOfCode = new Map<string, number | null>(); // "kind|code" → first concept id seen
  const seenOption = new Set<string>();

  const addConcept = (ref: ConceptRef, kind: 'question' | 'answer', row: CsvRow) => {
    const key = `${kind}|${(ref.code ?? '').toLowerCase()}|${ref.conceptId ?? ''}`;
    if (seenConcept.has(key)) return;
    seenConcept.add(key);
    if (ref.code) {
      const codeKey = `${kind}|${ref.code.toLowerCase()}`;
      if (idsOfCode.has(codeKey)) {
        result.notes.push(`${file.name}: ${csvRowAt(row)}: ${ref.code} has concept id ${ref.conceptId} here and ${idsOfCode.get(codeKey)} earlier`);
      } else idsOfCode.set(codeKey, ref.conceptId ?? null);
    }
    result.concepts.push({ ...ref, kind, prov: { source, at: csvRowAt(row) } });
  };

  for (const row of table.rows) {
    const qCode = text(row, Q_CODE);
    if (!qCode) throw new SourceError(file.name, csvRowAt(row), Q_CODE, 'is empty; every observation names its question');
    const question: ConceptRef = { code: qCode, conceptId: conceptId(table, row, Q_ID) };
    addConcept(question, 'question', row);
    const aCode = text(row, A_CODE);
    const aId = conceptId(table, row, A_ID);
    if (!aCode && aId === null) continue; // a free-text or numeric answer: no answer concept
    const answer: ConceptRef = { code: aCode || null, conceptId: aId };
    addConcept(answer, 'answer', row);
    const optKey = `${qCode.toLowerCase()}|${(aCode || String(aId)).toLowerCase()}`;
    if (seenOption.has(optKey)) continue;
    seenOption.add(optKey);
    result.options.push({ question: { code: qCode }, answer: { ...answer }, prov: { source, at: csvRowAt(row) } });
  }
  return result;
};
