// An instrument a workgroup sheet cites by a form or cycle of a family ("PROMIS Sleep Disturbance,
// Short Form", "HINTS 4, Cycle 4") is that instrument, not the family's other member that its
// leading acronym was taken for: an audit found the Sleep sheet's citation filed under "PROMIS
// Global Health" and HINTS cycle 4's under "HINTS 4, Cycle 3". Each cell is read here with exceljs.
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const SLEEP = 'workgroup:Final Revision Recommendation Sleep_09.28.2016.xlsx';
const ACCESS = 'workgroup:Final Revision Recommendation Healthcare Access_09.28.2016.xlsx';

async function cell(source: string, sheet: string, address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await realSource(source)).path);
  return String(wb.getWorksheet(sheet)!.getCell(address).value).trim();
}

function citedAt(source: string, at: string): { id: number; name: string; aliases: string[] } {
  const row = db
    .prepare(`SELECT i.id, i.name FROM instrument_citations c JOIN instruments i ON i.id = c.instrument_id WHERE c.source = ? AND c.at = ?`)
    .get(source, at) as { id: number; name: string };
  const aliases = db.prepare('SELECT alias FROM instrument_aliases WHERE instrument_id = ?').pluck().all(row.id) as string[];
  return { ...row, aliases };
}

describe('instruments cited by a form or cycle of a family', () => {
  it.each([
    [SLEEP, 'English!A8'],
    [ACCESS, 'English!A9'],
    [ACCESS, 'English!A10'],
  ])('%s %s: the instrument is named as the cell names it', async (source, at) => {
    const [sheet, address] = at.split('!') as [string, string];
    const named = await cell(source, sheet, address);
    expect(named).toMatch(/,/);
    const cited = citedAt(source, at);
    expect(cited.name).toBe(named);
    expect(cited.aliases).toEqual([]);
  });

  it('the two HINTS cycles are two instruments, and PROMIS Global Health names none of them', async () => {
    expect(citedAt(ACCESS, 'English!A9').id).not.toBe(citedAt(ACCESS, 'English!A10').id);
    const sleep = await cell(SLEEP, 'English', 'A8');
    const all = db.prepare('SELECT alias FROM instrument_aliases').pluck().all() as string[];
    expect(all).not.toContain(sleep);
    expect(all).not.toContain(await cell(ACCESS, 'English', 'A10'));
  });
});
