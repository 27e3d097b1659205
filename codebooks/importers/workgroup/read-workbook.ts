// Reading the 2016 workgroup .xlsx files: the workbook, cell text, and the header row of a sheet.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { SourceError } from '../../errors';

export type Sheet = ExcelJS.Worksheet;

/** Loads a workbook; anything exceljs cannot open (not a zip, truncated, empty) is a SourceError. */
export async function loadWorkbook(path: string, file: string): Promise<ExcelJS.Workbook> {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new SourceError(file, null, null, 'the file is empty');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const why = (e as Error).message.split('\n')[0]!.slice(0, 120);
    throw new SourceError(file, null, null, `not a readable .xlsx workbook (corrupt or truncated?): ${why}`);
  }
  if (workbook.worksheets.length === 0) throw new SourceError(file, null, null, 'the workbook has no sheets');
  return workbook;
}

/** The text a cell shows: rich text joined, a formula's cached result, numbers as written. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** A sheet location as errors and provenance name it. */
export function where(sheet: Sheet, row: number): string {
  return `sheet "${sheet.name}", row ${row}`;
}

/** Column roles, matched on the header text because the wording varies between files. */
export const COLUMNS = {
  source: { label: 'Original Source for Question', test: /^original source for question$/ },
  reference: { label: 'Reference Instrument Question', test: /^reference instrument question$/ },
  prior: { label: 'Survey Module Question Prior to Cognitive Interviews', test: /prior to cognitive/ },
  post: { label: 'Survey Module Question Post Cognitive Interview', test: /post[- ]?cognitive/ },
  final: { label: 'Final Recommended Survey Module Question', test: /^final recommended survey module question$/ },
} as const;

export type Role = keyof typeof COLUMNS;

export interface Header {
  row: number;
  /** Column number (1-based) of each role found. */
  cols: Partial<Record<Role, number>>;
}

const HEADER_SEARCH_ROWS = 5;

/**
 * Finds the header row (the first rows may hold a merged title) and the column of each role.
 * Missing required roles are a SourceError naming sheet, row and the missing field.
 */
export function findHeader(sheet: Sheet, file: string, required: readonly Role[]): Header {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, Math.max(sheet.rowCount, 1)); r++) {
    const cols: Partial<Record<Role, number>> = {};
    sheet.getRow(r).eachCell((cell, col) => {
      const label = cellText(cell.value).replace(/\s+/g, ' ').trim().toLowerCase();
      for (const [role, { test }] of Object.entries(COLUMNS) as [Role, { test: RegExp }][]) {
        if (cols[role] === undefined && test.test(label)) cols[role] = col;
      }
    });
    if (cols.source === undefined) continue;
    for (const role of required) {
      if (cols[role] === undefined) {
        throw new SourceError(file, where(sheet, r), COLUMNS[role].label, 'the header lacks this column');
      }
    }
    return { row: r, cols };
  }
  throw new SourceError(
    file,
    where(sheet, 1),
    COLUMNS.source.label,
    `no header row with this column in the first ${HEADER_SEARCH_ROWS} rows`,
  );
}

/** The trimmed text of a role's cell in a row; '' when the column or the cell is absent. */
export function roleText(sheet: Sheet, header: Header, row: number, role: Role): string {
  const col = header.cols[role];
  return col === undefined ? '' : cellText(sheet.getRow(row).getCell(col).value).trim();
}
