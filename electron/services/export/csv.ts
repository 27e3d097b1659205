// CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the accents).
import type { VariableList } from '../lists/schema';
import { COLUMNS, guardFormula, listRows } from './rows';

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const s = guardFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function listToCsv(list: VariableList): string {
  const lines = [COLUMNS.join(',')];
  for (const row of listRows(list)) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
