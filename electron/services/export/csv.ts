// CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the accents).
import type { VariableList } from '../lists/schema';
import { COLUMNS, guardFormula, listRows } from './rows';

const FORMULA_AFTER_BREAK = /([;\t\r\n])(?=[^\S\r\n]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** A text cell as written: guarded at its start and after every ';', tab or line break, where a
 *  spreadsheet reading with another separator (or a quote it takes as text) starts a new cell. */
export function csvText(value: string): string {
  return guardFormula(value).replace(FORMULA_AFTER_BREAK, "$1'");
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const s = csvText(value);
  // Quoted also on ';' and tab: a spreadsheet set to either as separator (';' is the default in
  // Spanish, French and German locales) would otherwise start a new, unguarded cell there.
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function listToCsv(list: VariableList): string {
  const lines = [COLUMNS.join(',')];
  for (const row of listRows(list)) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
