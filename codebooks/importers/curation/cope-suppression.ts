// Curation's COPE suppression lists (cope_suppression/rt_*.csv): concept_id with concept_code
// pairs of COPE items. They say nothing about kind, text or order, only the id↔code pairing.
import { SourceError } from '../../errors';
import { emptyResult } from '../../model/records';
import { csvRowAt, readCsv, requiredInt, requiredText } from '../../read/csv';
import type { Importer } from '../types';

export const importCopeSuppression: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: ['concept_id', 'concept_code'] });
  const result = emptyResult();
  const rowOfId = new Map<number, string>();
  const rowOfCode = new Map<string, string>();
  for (const row of table.rows) {
    const conceptId = requiredInt(table, row, 'concept_id');
    const code = requiredText(table, row, 'concept_code');
    // A list of pairs: the same id or code twice would be a contradiction or a copy error.
    const dupId = rowOfId.get(conceptId);
    if (dupId !== undefined) throw new SourceError(file.name, csvRowAt(row), 'concept_id', `${conceptId} is already on ${dupId}`);
    const dupCode = rowOfCode.get(code.toLowerCase());
    if (dupCode !== undefined) throw new SourceError(file.name, csvRowAt(row), 'concept_code', `${code} is already on ${dupCode}`);
    rowOfId.set(conceptId, csvRowAt(row));
    rowOfCode.set(code.toLowerCase(), csvRowAt(row));
    result.concepts.push({ conceptId, code, kind: null, module: file.entry.module ?? 'cope', prov: { source: file.entry.id, at: csvRowAt(row) } });
  }
  return result;
};
