// CSV and XLSX read back and compared with the list, row by row.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, csvText, listToCsv } from '../../../electron/services/export/csv';
import { exportList } from '../../../electron/services/export/index';
import { COLUMNS, guardFormula, listRows } from '../../../electron/services/export/rows';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList, TRICKY_NOTE } from './sample-list';

const db = openRealDb();
const { list, dir } = sampleList(db);
const ctx = sampleContext(db);
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

/** What a reader should find in each cell: text guarded against formulas, numbers as they are. */
const expected = () => listRows(list).map((r) => COLUMNS.map((c) => (r[c] === null ? '' : typeof r[c] === 'number' ? String(r[c]) : guardFormula(r[c] as string))));

/**
 * The identifier columns (kind, question_code, code, ppi_concept_id, standard_concept_id) of the
 * sample list's rows, read straight from the database rather than from listRows: each question,
 * then the answers chosen for it (sample-list.ts) in the instrument's option order.
 */
function identifierRows(): string[][] {
  const chosen: [string, string[] | 'all'][] = [
    ['Smoking_SmokeFrequency', ['SmokeFrequency_NotAtAll', 'SmokeFrequency_EveryDay']],
    ['Smoking_100CigsLifetime', 'all'],
    ['AIAN_Tribe', 'all'],
  ];
  const rows: string[][] = [];
  const str = (v: number | null) => (v === null ? '' : String(v));
  for (const [code, answers] of chosen) {
    const q = db.prepare('SELECT id, concept_id FROM items WHERE code = ?').get(code) as { id: number; concept_id: number | null };
    rows.push(['question', code, code, str(q.concept_id), '']);
    const options = db
      // The answer's standard value concept: the option's own, else the answer's (as the app shows it).
      .prepare(`SELECT a.code, a.concept_id, coalesce(o.standard_concept_id, a.standard_concept_id) AS standard_concept_id FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`)
      .all(q.id) as { code: string; concept_id: number | null; standard_concept_id: number | null }[];
    for (const o of options) if (answers === 'all' || answers.includes(o.code)) rows.push(['answer', code, o.code, str(o.concept_id), str(o.standard_concept_id)]);
  }
  return rows;
}
const ids = (rows: string[][]) => rows.map((r) => r.slice(1, 6));

describe('CSV export', () => {
  it('parses back to one row per question and per chosen answer, every identifier in place', () => {
    const rows = parse(listToCsv(list), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(ids(rows.slice(1))).toEqual(identifierRows());
    expect(rows.slice(1)).toEqual(expected());
    const smoke = rows.find((r) => r[3] === 'Smoking_SmokeFrequency')!;
    expect(smoke.slice(0, 5)).toEqual(['Lifestyle', 'question', 'Smoking_SmokeFrequency', 'Smoking_SmokeFrequency', '1585860']);
    expect(rows.find((r) => r[3] === 'SmokeFrequency_NotAtAll')!.slice(4, 6)).toEqual(['1585863', '45883172']);
    expect(rows.filter((r) => r[2] === 'Smoking_SmokeFrequency' && r[1] === 'answer')).toHaveLength(2);
    expect(rows.filter((r) => r[2] === 'Smoking_100CigsLifetime' && r[1] === 'answer').length).toBeGreaterThanOrEqual(2);
    expect(smoke[9]).toBe(`'${TRICKY_NOTE}`); // quotes, comma and newline intact; the formula defused
  });

  it('quotes exactly what needs quoting (fast-check: any text survives a round trip)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map(csvField).join(',') + '\r\n';
        expect(parse(line, { relax_column_count: true })[0]).toEqual(cells.map(csvText));
      }),
      { numRuns: 300 },
    );
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvField(danger)).toBe(`'${danger}`);
    expect(csvField(1585860)).toBe('1585860');
  });
});

describe('XLSX export', () => {
  it('reads back with exceljs: the same rows as the CSV, and the list facts on "About"', async () => {
    const file = await exportList(list, 'xlsx', ctx);
    expect(file).toMatchObject({ encoding: 'base64', filename: 'Tobacco-use-2024.xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Variables')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(COLUMNS.map((_, i) => (row.getCell(i + 1).value == null ? '' : String(row.getCell(i + 1).value)))));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(ids(rows.slice(1))).toEqual(identifierRows());
    expect(rows.slice(1)).toEqual(expected());
    expect(typeof sheet.getRow(2).getCell(5).value).toBe('number'); // IDs stay numbers
    const about = book.getWorksheet('About')!;
    expect(about.getCell('B1').value).toBe(list.name);
    expect(about.getCell('B3').value).toBe(ctx.codebookAsOf);
  });
});
