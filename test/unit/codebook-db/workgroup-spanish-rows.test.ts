// A workgroup Spanish sheet's row is cited for the question its English row is worded like. In
// Healthcare Access the Spanish sheet ("Sheet2") has its header a row higher than the English sheet,
// and its item-id column sits a row off its wording: the build had cited Sheet2!E15 (the
// insurance-type question) for "Are you covered…" and E16 (delayed care, NHIS) for the insurance
// type. Read with exceljs by this test, not by the importer.
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const FILE = 'Final Revision Recommendation Healthcare Access_09.28.2016.xlsx';

const text = (v: ExcelJS.CellValue): string =>
  v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);
const wordSet = (s: string) => new Set(s.toLowerCase().replace(/\{[^}]*\}/g, (m) => m.replace(/[{}/]/g, ' ')).split(/[^a-z0-9áéíóúñü]+/).filter(Boolean));

/** The header row and the columns of "Original Source for Question" and of every cell in the sheet. */
function header(sheet: ExcelJS.Worksheet): { row: number; source: number } {
  for (let r = 1; r <= 5; r++) {
    let source = 0;
    sheet.getRow(r).eachCell((c, col) => {
      if (/^original source for question$/i.test(text(c.value).trim())) source = col;
    });
    if (source) return { row: r, source };
  }
  throw new Error(`${sheet.name}: no header`);
}

describe(`${FILE}: Spanish rows and the English rows they translate`, () => {
  it('each cited Spanish row is the one paired with the English row worded like the item, and names its source', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await realSource(`workgroup:${FILE}`)).path);
    const en = wb.getWorksheet('English')!;
    const es = wb.worksheets.find((s) => s !== en && header(s))!;
    const [he, hs] = [header(en), header(es)];
    const cited = db
      .prepare(
        `SELECT i.text_en, qs.at, qs.printed_text, ins.name FROM question_sources qs JOIN items i ON i.id = qs.item_id
           LEFT JOIN instruments ins ON ins.id = qs.instrument_id WHERE qs.source = ? AND qs.at LIKE ?`,
      )
      .all(`workgroup:${FILE}`, `${es.name}!%`) as { text_en: string; at: string; printed_text: string; name: string | null }[];
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const c of cited) {
      // The English rows whose wording holds every word of the item's English text.
      const item = wordSet(c.text_en);
      const rows: number[] = [];
      for (let r = he.row + 1; r <= en.rowCount; r++) {
        const cells: string[] = [];
        en.getRow(r).eachCell((cell, col) => col !== he.source && cells.push(text(cell.value)));
        const words = wordSet(cells.join(' '));
        if ([...item].every((w) => words.has(w))) rows.push(r);
      }
      expect(rows, c.text_en).toHaveLength(1);
      const spanishRow = rows[0]! - (he.row - hs.row);
      const m = /^.+!([A-Z]+)(\d+)$/.exec(c.at)!;
      expect(Number(m[2]), c.text_en).toBe(spanishRow);
      expect(c.printed_text.replace(/\s+/g, ' ').slice(0, 40)).toBe(text(es.getCell(`${m[1]}${spanishRow}`).value).replace(/\s+/g, ' ').slice(0, 40));
      expect(c.name).toBe(text(en.getRow(rows[0]!).getCell(he.source).value).trim());
      expect(c.name).toBe(text(es.getRow(spanishRow).getCell(hs.source).value).trim());
    }
  });
});
