// Reads a delimited text file (Athena's tab-separated CSV, or a comma-separated one) in chunks,
// never holding it whole: strict UTF-8, header checked, every row the header's width. Problems
// are a SourceError naming file, line and column. Synchronous: it runs inside a worker thread.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SourceError } from '../../../../codebooks/errors';
import { splitCsvLine } from '../../../../codebooks/importers/curation/lines';
import { badByteMessage, locateBadByte } from './bad-byte';

const CHUNK = 64 << 10;
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface DelimitedHeader {
  /** Column names as written, lower-cased and trimmed. */
  columns: string[];
  /** Index of each column by its lower-cased name. */
  index: Map<string, number>;
  delimiter: string;
}

export interface ReadHooks {
  /** Called once the header is read; returns what takes each data row (fields, 1-based line). Throw SourceError to stop. */
  start(header: DelimitedHeader): (fields: string[], line: number) => void;
  /** Called after each chunk with the bytes read so far; throw to stop (cancel). */
  progress?(bytesRead: number): void;
}

/**
 * A data line as read (UTF-8 checked, line end removed), for a reader that splits it itself; `lastOfFile`
 * when it is the file's last line with no line break after it. fieldsOf() splits it strictly.
 */
export type LineReader = (text: string, line: number, lastOfFile: boolean) => void;

export function readDelimited(path: string, file: string, required: readonly string[], hooks: ReadHooks): DelimitedHeader {
  return readDelimitedLines(path, file, required, {
    start: (header) => {
      const row = hooks.start(header);
      return (text, line, lastOfFile) => row(fieldsOf(text, header, file, line, lastOfFile), line);
    },
    ...(hooks.progress ? { progress: hooks.progress } : {}),
  });
}

export function readDelimitedLines(path: string, file: string, required: readonly string[], hooks: { start(header: DelimitedHeader): LineReader; progress?(bytesRead: number): void }): DelimitedHeader {
  const fd = openSync(path, 'r');
  try {
    return readOpen(fd, file, required, hooks);
  } finally {
    closeSync(fd);
  }
}

function readOpen(fd: number, file: string, required: readonly string[], hooks: { start(header: DelimitedHeader): LineReader; progress?(bytesRead: number): void }): DelimitedHeader {
  const size = fstatSync(fd).size;
  if (size === 0) throw new SourceError(file, null, null, 'the file is empty');
  const buf = Buffer.allocUnsafe(CHUNK);
  let pending: Buffer = Buffer.alloc(0);
  let pendingStart = 0; // byte offset in the file of pending[0]
  let line = 0;
  let header: DelimitedHeader | null = null;
  let row: LineReader = () => {};
  let readTotal = 0;
  const take = (text: string, atEnd: boolean) => {
    line++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (header === null) {
      header = parseHeader(line === 1 && t.charCodeAt(0) === 0xfeff ? t.slice(1) : t, file, required);
      row = hooks.start(header);
    } else if (t !== '') row(t, line, atEnd);
  };
  for (;;) {
    const n = readSync(fd, buf, 0, CHUNK, null);
    readTotal += n;
    const data = n === 0 ? pending : pending.length ? Buffer.concat([pending, buf.subarray(0, n)]) : buf.subarray(0, n);
    const last = n === 0 ? data.length - 1 : data.lastIndexOf(0x0a);
    if (last >= 0) {
      const bytes = data.subarray(0, last + 1);
      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch {
        // The header may sit in this same block, not parsed yet: read it as Latin-1 to name the column.
        const h = (header as DelimitedHeader | null) ?? (line === 0 ? parseHeader(bytes.subarray(0, bytes.indexOf(0x0a)).toString('latin1').replace(/\r$/, ''), file, []) : null);
        const at = locateBadByte(bytes, h?.delimiter ?? '\t');
        throw new SourceError(file, line + at.line, at.column === null || !h ? null : columnName(h, at.column), badByteMessage(bytes, at, pendingStart));
      }
      const lines = text.split('\n');
      // With a final newline the split leaves one empty string behind it.
      const complete = n === 0 && data[data.length - 1] !== 0x0a ? lines.length : lines.length - 1;
      for (let i = 0; i < complete; i++) take(lines[i]!, n === 0 && i === complete - 1 && data[data.length - 1] !== 0x0a);
      pendingStart += last + 1;
      pending = Buffer.from(data.subarray(last + 1));
    } else pending = Buffer.from(data);
    hooks.progress?.(readTotal);
    if (n === 0) break;
  }
  if (header === null) throw new SourceError(file, null, null, 'the file has no header row');
  return header;
}

function parseHeader(text: string, file: string, required: readonly string[]): DelimitedHeader {
  const delimiter = text.includes('\t') ? '\t' : ',';
  const split = delimiter === '\t' ? text.split('\t') : splitCsvLine(text, ',');
  if (!Array.isArray(split)) throw new SourceError(file, 1, null, 'a quoted column name is never closed');
  const columns = split.map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  columns.forEach((c, i) => index.set(c, i));
  for (const c of required) {
    if (!index.has(c)) throw new SourceError(file, 1, c, `the header lacks this column (found: ${columns.join(', ').slice(0, 300)})`);
  }
  return { columns, index, delimiter };
}

const columnName = (h: DelimitedHeader, i: number) => h.columns[i] ?? `column ${i + 1}`;

/** A data line's fields; a SourceError naming the line and column when it has too many or too few, or broken quoting. */
export function fieldsOf(text: string, h: DelimitedHeader, file: string, line: number, lastOfFile: boolean): string[] {
  let fields: string[];
  if (h.delimiter === '\t') {
    fields = text.split('\t');
    // Athena writes no quoting (a name may contain quotes); a spreadsheet re-save quotes fields.
    if (text.includes('"')) fields = fields.map((f, i) => unquote(f, i, h, file, line, fields.length));
  } else {
    const split = splitCsvLine(text, ',');
    if (!Array.isArray(split)) throw brokenQuote(file, line, columnName(h, split.unclosedAt));
    fields = split;
  }
  if (fields.length === h.columns.length) return fields;
  if (fields.length > h.columns.length) {
    throw new SourceError(file, line, columnName(h, h.columns.length), `expected ${h.columns.length} fields, found ${fields.length} (an extra ${h.delimiter === '\t' ? 'tab' : 'comma'} in a value?)`);
  }
  const missing = columnName(h, fields.length);
  if (lastOfFile) throw new SourceError(file, line, missing, `the file ends in the middle of this row (truncated?): expected ${h.columns.length} fields, found ${fields.length}`);
  throw new SourceError(file, line, missing, `expected ${h.columns.length} fields, found ${fields.length}`);
}

/** A field wholly in double quotes (doubled inside) is unquoted; one that opens a quote it never closes, on a short row, is an error. */
function unquote(f: string, i: number, h: DelimitedHeader, file: string, line: number, count: number): string {
  if (f.length === 0 || f[0] !== '"') return f;
  const inner = f.slice(1, -1);
  if (f.length >= 2 && f.endsWith('"') && !inner.replace(/""/g, '').includes('"')) return inner.replace(/""/g, '"');
  if (count < h.columns.length && !f.includes('"', 1)) throw brokenQuote(file, line, columnName(h, i));
  return f;
}

const brokenQuote = (file: string, line: number, column: string) =>
  new SourceError(file, line, column, 'a quoted value opens here and is not closed on this line (broken quoting, or a line break inside a value)');
