import { SourceError } from '../../errors';
import { emptyResult } from '../../model/records';
import { csvRowAt, requiredText } from '../../read/csv';
import type { Importer } from '../types';
import { readC2fCsv } from './read-sheet';

const VERSION = 'Current Codebook Version';
const DATE = 'Date of Version Update';

/** sheets/version.csv: one row with the codebook version and the date it was published. */
export const importC2fVersion: Importer = (file) => {
  const table = readC2fCsv(file, [VERSION, DATE]);
  const row = table.rows[0];
  if (!row) throw new SourceError(file.name, 2, VERSION, 'the file has a header but no version row');
  const result = emptyResult();
  const prov = { source: file.entry.id, at: csvRowAt(row) };
  const version = requiredText(table, row, VERSION);
  if (!/^\d+(\.\d+)*$/.test(version)) throw new SourceError(file.name, csvRowAt(row), VERSION, `"${version}" is not a version number`);
  const date = requiredText(table, row, DATE);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new SourceError(file.name, csvRowAt(row), DATE, `"${date}" is not a date (YYYY-MM-DD)`);
  result.meta.push({ key: 'codebook-version', value: version, prov }, { key: 'codebook-date', value: date, prov });
  if (table.rows.length > 1) result.notes.push(`${file.name}: ${table.rows.length - 1} more rows after ${csvRowAt(row)} ignored`);
  return result;
};
