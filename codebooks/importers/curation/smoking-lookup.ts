// Curation's smoking_lookup.csv: how old smoking "child" concepts (e.g. a separate "prefer not
// to answer" question) are remapped to a parent question with an answer value. It gives PPI
// (source) and standard ids of the parent questions and of the answer values.
import { SourceError } from '../../errors';
import { emptyResult, type ConceptRecord } from '../../model/records';
import { csvRowAt, optionalInt, readCsv, requiredInt, requiredText, text, type CsvRow, type CsvTable } from '../../read/csv';
import type { Importer } from '../types';

const REQUIRED = [
  'type',
  'observation_source_value_info',
  'observation_source_concept_id',
  'new_observation_concept_id',
  'new_observation_source_concept_id',
  'new_value_as_concept_id',
  'new_value_source_concept_id',
] as const;

function id(table: CsvTable, row: CsvRow, field: string): number | null {
  const v = optionalInt(table, row, field);
  return v === 0 ? null : v;
}

export const importSmokingLookup: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: REQUIRED });
  const result = emptyResult();
  const remaps: string[] = [];
  const source = file.entry.id;
  // The name column is informational: one name may stand for several ids. Only names with one
  // id in the whole file are given as that id's code.
  const idsOfName = new Map<string, Set<number>>();
  const parentIds = new Set<number>();
  for (const row of table.rows) {
    if (text(row, 'type') === 'Parent') parentIds.add(requiredInt(table, row, 'observation_source_concept_id'));
    const name = requiredText(table, row, 'observation_source_value_info');
    const ids = idsOfName.get(name.toLowerCase()) ?? new Set<number>();
    ids.add(requiredInt(table, row, 'observation_source_concept_id'));
    idsOfName.set(name.toLowerCase(), ids);
  }
  const seen = new Set<string>();
  const add = (rec: ConceptRecord) => {
    const key = `${rec.kind}|${rec.conceptId}|${rec.code ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.concepts.push(rec);
  };
  const seenOption = new Set<string>();
  const noted = new Set<string>();
  for (const row of table.rows) {
    const at = { source, at: csvRowAt(row) };
    const type = text(row, 'type');
    if (type !== 'Parent' && type !== 'Child') throw new SourceError(file.name, csvRowAt(row), 'type', `"${type}" is not Parent or Child`);
    const name = text(row, 'observation_source_value_info');
    const oldId = requiredInt(table, row, 'observation_source_concept_id');
    const unique = idsOfName.get(name.toLowerCase())!.size === 1;
    if (!unique && !noted.has(name)) {
      noted.add(name);
      result.notes.push(`${file.name}: ${csvRowAt(row)}: ${name} names several concept ids; its code is not used`);
    }
    const questionId = requiredInt(table, row, 'new_observation_source_concept_id');
    const questionStd = id(table, row, 'new_observation_concept_id');
    if (type === 'Parent' && oldId !== questionId) {
      throw new SourceError(file.name, csvRowAt(row), 'new_observation_source_concept_id', `a Parent row should keep its id ${oldId}, found ${questionId}`);
    }
    if (type === 'Child') add({ conceptId: oldId, code: unique ? name : null, kind: null, prov: at });
    // A Parent row states the question with its code; a Child row only when there is none.
    if (type === 'Parent' || !parentIds.has(questionId)) add({
      conceptId: questionId,
      ...(type === 'Parent' && unique ? { code: name } : {}),
      kind: 'question',
      standardConceptId: questionStd,
      prov: at,
    });
    const answerId = id(table, row, 'new_value_source_concept_id');
    if (answerId === null) continue;
    const answerStd = id(table, row, 'new_value_as_concept_id');
    add({ conceptId: answerId, kind: 'answer', standardConceptId: answerStd, prov: at });
    // The answer a cleaned record is remapped to, not an answer printed with the question: it is
    // kept as a concept (with its standard ID) but not added to the question's answer list.
    const optKey = `${questionId}|${answerId}`;
    if (seenOption.has(optKey)) continue;
    seenOption.add(optKey);
    remaps.push(`${questionId} → ${answerId}`);
  }
  if (remaps.length) result.notes.push(`${file.name}: ${remaps.length} remapped answers (${remaps.join(', ')}) kept as concepts, not as answer options`);
  return result;
};
