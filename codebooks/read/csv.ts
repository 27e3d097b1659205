import { parse } from 'csv-parse/sync';
import { SourceError } from '../errors';
import { readUtf8 } from './text';

export interface CsvRow {
  /** 1-based line of the file where this record starts (the header is line 1). */
  line: number;
  /**
   * The row a spreadsheet shows: the header is row 1, the first record row 2, a blank line a row of
   * its own; a cell with line breaks keeps its record on one row, so this can be less than `line`.
   */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  /** Known defective records that were stepped around, one line each, for the report. */
  skipped: string[];
}

export interface CsvOptions {
  /** Columns that must be present in the header. */
  required: readonly string[];
  delimiter?: string;
  /** Records known to be defective (see sources/known-defects.ts): skipped when they are. */
  knownDefects?: readonly { line: number; problem: string; missingField?: string }[];
}

/** Reads a CSV file strictly: UTF-8, a header naming every required column, equal field counts. */
export function readCsv(path: string, file: string, options: CsvOptions): CsvTable {
  return parseCsv(readUtf8(path, file), file, options);
}

type ParsedRecord = { record: string[]; info: { lines: number; bytes: number; records: number; empty_lines: number } };

/**
 * Where a record is, as users find it: the spreadsheet row, and the file's line when it differs
 * ("row 412 (line 437)"). Every provenance and error about a CSV record says it this way.
 */
export function csvRowAt(at: { row: number; line: number }): string {
  return at.row === at.line ? `row ${at.row}` : `row ${at.row} (line ${at.line})`;
}

/** Several records: "rows 2, 3 (line 5), 4", the first `limit` of them then "...". One is "row 2". */
export function csvRowsAt(rows: readonly { row: number; line: number }[], limit = Infinity): string {
  if (rows.length === 1) return csvRowAt(rows[0]!);
  const shown = rows.slice(0, limit).map((r) => csvRowAt(r).slice('row '.length));
  return `rows ${shown.join(', ')}${rows.length > limit ? ', ...' : ''}`;
}

export function parseCsv(text: string, file: string, options: CsvOptions): CsvTable {
  const bytes = Buffer.from(text, 'utf8');
  let records: ParsedRecord[];
  let lastEnd = 0;
  try {
    records = parse(bytes, {
      delimiter: options.delimiter ?? ',',
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: options.delimiter === '\t' ? false : '"',
      on_record: (r, context) => ((lastEnd = context.bytes), r),
    }) as unknown as ParsedRecord[];
  } catch (e) {
    const err = e as { records?: number; empty_lines?: number; message: string; code?: string };
    const what = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed (is the file truncated?)' : err.message;
    // The record that failed starts after the last one read.
    const at = { row: (err.records ?? 0) + (err.empty_lines ?? 0) + 1, line: newlineCounter(bytes)(skipBlankLines(bytes, lastEnd)) };
    throw new SourceError(file, csvRowAt(at), null, what);
  }
  if (records.length === 0) throw new SourceError(file, null, null, 'the file has no header row');
  const header = records[0]!.record.map((h) => h.trim());
  for (const col of options.required) {
    if (!header.includes(col)) {
      throw new SourceError(file, 1, col, `the header lacks this column (found: ${header.join(', ')})`);
    }
  }
  const rows: CsvRow[] = [];
  const skipped: string[] = [];
  // A record starts on the line after the previous record's last byte (fields may span lines).
  const lineAfter = newlineCounter(bytes);
  let prevEnd = records[0]!.info.bytes;
  for (const { record: read, info } of records.slice(1)) {
    let record = read;
    const startLine = lineAfter(skipBlankLines(bytes, prevEnd));
    const where = { row: info.records + info.empty_lines, line: startLine };
    prevEnd = info.bytes;
    if (record.length !== header.length) {
      if (record.length === 1 && record[0] === '') continue;
      const known = options.knownDefects?.find((d) => d.line === startLine);
      const at = known?.missingField ? header.indexOf(known.missingField) : -1;
      if (known && at >= 0 && record.length === header.length - 1) {
        record = [...record.slice(0, at), '', ...record.slice(at)];
        skipped.push(`${csvRowAt(where)} repaired: ${known.problem}`);
      } else if (known && !known.missingField) {
        skipped.push(`${csvRowAt(where)} skipped: ${known.problem}`);
        continue;
      }
    }
    if (record.length !== header.length) {
      const missing = header[record.length] ?? header[header.length - 1]!;
      throw new SourceError(
        file,
        csvRowAt(where),
        record.length < header.length ? missing : null,
        `expected ${header.length} fields, found ${record.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = record[i]!));
    rows.push({ ...where, values });
  }
  return { file, header, rows, skipped };
}

/** Blank lines between records are skipped by the parser; the record starts after them. */
function skipBlankLines(bytes: Uint8Array, offset: number): number {
  let i = offset;
  while (i < bytes.length && (bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i;
}

function newlineCounter(bytes: Uint8Array): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    for (; pos < offset && pos < bytes.length; pos++) if (bytes[pos] === 0x0a) line++;
    return line;
  };
}

/** The text of a field, trimmed; '' when empty. */
export function text(row: CsvRow, field: string): string {
  return (row.values[field] ?? '').trim();
}

/** An integer field; null when empty or 'NULL'/'NA'; an error naming file, row and field otherwise. */
export function optionalInt(table: CsvTable, row: CsvRow, field: string): number | null {
  const raw = text(row, field);
  if (raw === '' || raw === 'NULL' || raw === 'NA') return null;
  if (!/^-?\d+$/.test(raw)) throw new SourceError(table.file, csvRowAt(row), field, `"${raw.slice(0, 40)}" is not a whole number`);
  return Number(raw);
}

export function requiredInt(table: CsvTable, row: CsvRow, field: string): number {
  const value = optionalInt(table, row, field);
  if (value === null) throw new SourceError(table.file, csvRowAt(row), field, 'is empty; a whole number is required');
  return value;
}

export function requiredText(table: CsvTable, row: CsvRow, field: string): string {
  const value = text(row, field);
  if (value === '') throw new SourceError(table.file, csvRowAt(row), field, 'is empty');
  return value;
}
