// Curation's COPE suppression lists (cope_suppression/rt_*.csv): concept_id with concept_code
// pairs of COPE items. They say nothing about kind, text or order, only the id↔code pairing.
import { SourceError } from '../../errors';
import { emptyResult } from '../../model/records';
import { readCsv, requiredInt, requiredText } from '../../read/csv';
import type { Importer } from '../types';

export const importCopeSuppression: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: ['concept_id', 'concept_code'] });
  const result = emptyResult();
  const lineOfId = new Map<number, number>();
  const lineOfCode = new Map<string, number>();
  for (const row of table.rows) {
    const conceptId = requiredInt(table, row, 'concept_id');
    const code = requiredText(table, row, 'concept_code');
    // A list of pairs: the same id or code twice would be a contradiction or a copy error.
    const dupId = lineOfId.get(conceptId);
    if (dupId !== undefined) throw new SourceError(file.name, row.line, 'concept_id', `${conceptId} is already on row ${dupId}`);
    const dupCode = lineOfCode.get(code.toLowerCase());
    if (dupCode !== undefined) throw new SourceError(file.name, row.line, 'concept_code', `${code} is already on row ${dupCode}`);
    lineOfId.set(conceptId, row.line);
    lineOfCode.set(code.toLowerCase(), row.line);
    result.concepts.push({ conceptId, code, kind: null, module: file.entry.module ?? 'cope', prov: { source: file.entry.id, at: `row ${row.line}` } });
  }
  return result;
};
