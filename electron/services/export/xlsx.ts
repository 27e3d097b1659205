// XLSX: the same rows as the CSV on a "Variables" sheet, and the list's own facts on "About".
import ExcelJS from 'exceljs';
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { COLUMNS, guardFormula, listRows } from './rows';

const cell = (v: string | number | null) => (typeof v === 'string' ? guardFormula(v) : v);

export async function listToXlsx(list: VariableList, ctx: ExportContext): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = `${ctx.appName} ${ctx.appVersion}`;
  book.created = new Date(ctx.exportedAt);
  const sheet = book.addWorksheet('Variables', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c.startsWith('text') ? 50 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of listRows(list)) sheet.addRow(COLUMNS.map((c) => cell(row[c])));
  const about = book.addWorksheet('About');
  about.addRows([
    ['list', cell(list.name)],
    ['note', cell(list.note)],
    ['codebook_as_of', ctx.codebookAsOf ?? ''],
    ['exported_by', `${ctx.appName} ${ctx.appVersion}`],
    ['exported_at', ctx.exportedAt],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
