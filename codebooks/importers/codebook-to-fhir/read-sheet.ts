import { readFileSync } from 'node:fs';
import { SourceError } from '../../errors';
import { csvRowAt, parseCsv, type CsvTable } from '../../read/csv';
import { utf8LengthAt } from '../../read/text';
import type { SourceFile } from '../types';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a codebook-to-fhir CSV strictly. The published sheets end their lines with "\r\r\n"
 * (a CRLF export saved again on Windows); the CSV parser would read the lone "\r" as a record
 * end, so each "\r\r\n" becomes "\n" here. That keeps the line count, so a record's line is
 * still the file's own line.
 */
export function readC2fCsv(file: SourceFile, required: readonly string[]): CsvTable {
  const bytes = readFileSync(file.path);
  if (bytes.length === 0) {
    throw new SourceError(file.name, 1, required[0] ?? null, `the file is empty; expected a header with ${required.join(', ')}`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = locateBadByte(bytes);
    throw new SourceError(
      file.name,
      csvRowAt(at),
      at.field === null ? null : headerName(bytes, at.field),
      `byte 0x${bytes[at.offset]!.toString(16).padStart(2, '0')} at offset ${at.offset} is not UTF-8 (is the file in Latin-1 or Windows-1252?)`,
    );
  }
  return parseCsv(text.replace(/\r\r\n/g, '\n'), file.name, { required });
}

interface BadByte {
  offset: number;
  /** Line where the record holding the byte starts, and its spreadsheet row. */
  line: number;
  row: number;
  /** Column index of the field holding the byte; null when it is in the header. */
  field: number | null;
}

/** Finds the first byte that is not UTF-8 and the CSV record and column it sits in. */
function locateBadByte(bytes: Uint8Array): BadByte {
  let line = 1;
  let recordLine = 1;
  let row = 1;
  let field = 0;
  let quoted = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = utf8LengthAt(bytes, i);
    if (len === 0) return { offset: i, line: recordLine, row, field: row === 1 ? null : field };
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x2c && !quoted) field++;
    else if (b === 0x0a) {
      line++;
      if (!quoted) {
        recordLine = line;
        row++;
        field = 0;
      }
    }
    i += len;
  }
  return { offset: Math.max(0, bytes.length - 1), line: recordLine, row, field: null };
}

/** The header's name for a column (the header line is ASCII in every sheet). */
function headerName(bytes: Uint8Array, index: number): string {
  const end = bytes.indexOf(0x0a);
  const header = Buffer.from(bytes.subarray(0, end < 0 ? bytes.length : end)).toString('latin1');
  return header.replace(/^\ufeff|^\xef\xbb\xbf/, '').split(',')[index]?.trim() || `column ${index + 1}`;
}
