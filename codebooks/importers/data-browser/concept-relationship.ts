// Data Browser survey_concept_relationship.csv: question concept → module concept ("Has Module").
// A question may belong to more than one module (legacy FHH/PMH and PFHH share questions).
import { SourceError } from '../../errors';
import { emptyResult } from '../../model/records';
import { csvRowAt, readCsv, requiredInt, text } from '../../read/csv';
import type { Importer } from '../types';
import { provAt, UniqueRows } from './shared';

const COLUMNS = ['concept_id_1', 'concept_id_2', 'relationship_id'] as const;

export const importConceptRelationship: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: COLUMNS });
  const out = emptyResult();
  const unique = new UniqueRows(table, 'concept_id_2', 'relationship');
  for (const row of table.rows) {
    const question = requiredInt(table, row, 'concept_id_1');
    const module = requiredInt(table, row, 'concept_id_2');
    const relationship = text(row, 'relationship_id');
    if (relationship !== 'Has Module') {
      throw new SourceError(file.name, csvRowAt(row), 'relationship_id', `"${relationship.slice(0, 40)}" is not "Has Module", the only relationship this file is known to hold`);
    }
    unique.check(row, `${question} → ${module}`);
    out.concepts.push({ kind: null, conceptId: question, module: String(module), prov: provAt(file, row) });
  }
  return out;
};
