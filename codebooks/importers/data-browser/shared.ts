// Helpers shared by the Data Browser CSV importers (all-of-us/data-browser, generate-cdr/csv).
import { SourceError } from '../../errors';
import type { OptionRecord, Provenance } from '../../model/records';
import { csvRowAt, text, type CsvRow, type CsvTable } from '../../read/csv';
import type { SourceFile } from '../types';

export function provAt(file: SourceFile, row: CsvRow): Provenance {
  return { source: file.entry.id, at: csvRowAt(row) };
}

/** Text of a field with the SQL export's NULL treated as empty. */
export function cell(row: CsvRow, field: string): string {
  const v = text(row, field);
  return v === 'NULL' ? '' : v;
}

/**
 * A concept-id chain such as `1585857.1585858.1585860` (question.answer.question...). A word in
 * it is an error; an empty link (`836784.1740948.`, seen in the real file) is dropped with a note.
 */
export function pathIds(table: CsvTable, row: CsvRow, notes: string[], field = 'path'): number[] {
  const raw = text(row, field);
  const parts = raw.split('.').map((p) => p.trim());
  if (raw === '' || parts.some((p) => p !== '' && !/^\d+$/.test(p))) {
    throw new SourceError(table.file, csvRowAt(row), field, `"${raw.slice(0, 60)}" is not a chain of concept ids`);
  }
  if (parts.includes('')) notes.push(`${csvRowAt(row)}: ${field} "${raw}" has an empty link; it was dropped`);
  return parts.filter((p) => p !== '').map(Number);
}

/** Throws when a key repeats; the error names the earlier row. */
export class UniqueRows {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly table: CsvTable,
    private readonly field: string,
    private readonly what: string,
  ) {}
  check(row: CsvRow, key: string): void {
    const first = this.seen.get(key);
    if (first !== undefined) {
      throw new SourceError(this.table.file, csvRowAt(row), this.field, `${this.what} ${key} repeats ${first}`);
    }
    this.seen.set(key, csvRowAt(row));
  }
}

/** Question → answer links keyed by concept id only (the Data Browser gives no answer codes). */
export class OptionLinks {
  private readonly seen = new Set<string>();
  readonly records: OptionRecord[] = [];
  add(question: number, answer: number, prov: Provenance): void {
    const key = `${question}.${answer}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.records.push({ question: { conceptId: question }, answer: { conceptId: answer }, prov });
  }
}
