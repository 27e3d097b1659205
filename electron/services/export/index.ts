// One entry point for every export format: a file name, a media type and the content.
import type { VariableList } from '../lists/schema';
import type { Codebook } from '../store';
import type { ExportContext } from './context';
import { listToCitation } from './citation';
import { listToCsv } from './csv';
import { exportListInterchange, INTERCHANGE_FORMATS, isInterchangeFormat } from './interchange';
import { listToJson } from './json';
import { listToPython } from './python';
import { listToR } from './r';
import { listToSql } from './sql';
import { listToXlsx } from './xlsx';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'sql', 'python', 'r', 'citation', ...INTERCHANGE_FORMATS] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mime: string;
  /** Text formats: utf8; XLSX: base64 (it crosses IPC and HTTP as JSON). */
  encoding: 'utf8' | 'base64';
  content: string;
}

const KINDS: Record<Exclude<ExportFormat, (typeof INTERCHANGE_FORMATS)[number]>, { ext: string; mime: string }> = {
  csv: { ext: 'csv', mime: 'text/csv' },
  xlsx: { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { ext: 'json', mime: 'application/json' },
  sql: { ext: 'sql', mime: 'application/sql' },
  python: { ext: 'py', mime: 'text/x-python' },
  r: { ext: 'R', mime: 'text/plain' },
  citation: { ext: 'txt', mime: 'text/plain' },
};

/** A file name from the list's name: letters, digits, dashes; never a path. */
export function exportFileName(listName: string, format: keyof typeof KINDS): string {
  const base = listName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'variable-list';
  return `${base}${format === 'citation' ? '-citation' : ''}.${KINDS[format].ext}`;
}

/** `db`: the interchange formats (FHIR, REDCap, DDI, ATLAS) add what the codebook knows beyond the list's snapshot. */
export async function exportList(list: VariableList, format: ExportFormat, ctx: ExportContext, db: Codebook | null = null): Promise<ExportFile> {
  if (isInterchangeFormat(format)) return exportListInterchange(db, list, format, ctx);
  const { mime } = KINDS[format];
  const filename = exportFileName(list.name, format);
  if (format === 'xlsx') return { filename, mime, encoding: 'base64', content: (await listToXlsx(list, ctx)).toString('base64') };
  const text = { csv: listToCsv, json: listToJson, sql: listToSql, python: listToPython, r: listToR, citation: listToCitation }[format](list, ctx);
  return { filename, mime, encoding: 'utf8', content: text };
}
