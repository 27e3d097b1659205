// The codebook's 2019 FamilyHistory sheet (codebook-to-fhir@d9dce45, v0.3.49) has cells with line
// breaks: ~815 records over ~872 lines. Provenance cites the row a spreadsheet shows (header = row 1)
// and the file's line where the two differ. The sheet is read here with csv-parse directly (not the
// build's reader): every record, blank ones too, is a row; its line counts the line breaks before it.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const SOURCE = 'codebook-to-fhir@d9dce45:FamilyHistory.csv';
const db = openRealDb();
afterAll(() => db.close());

async function sheet(): Promise<{ header: string[]; at: (row: number) => { line: number; cells: Record<string, string> } }> {
  const text = readFileSync((await realSource(SOURCE)).path, 'utf8').replace(/^\ufeff/, '');
  const records = parse(text, { raw: true, relax_column_count: true }) as unknown as { record: string[]; raw: string }[];
  const header = records[0]!.record;
  const lines: number[] = [];
  let line = 1;
  for (const r of records) {
    lines.push(line);
    line += (r.raw.match(/\n/g) ?? []).length + 1; // the breaks inside the record, then its own end
  }
  return {
    header,
    at: (row) => ({ line: lines[row - 1]!, cells: Object.fromEntries(records[row - 1]!.record.map((v, i) => [header[i]!, v.trim()])) }),
  };
}

const cited = (at: string) => {
  const m = /^row (\d+) \(line (\d+)\)$/.exec(at)!;
  return { row: Number(m[1]), line: Number(m[2]) };
};

describe('FamilyHistory.csv v0.3.49: provenance cites the spreadsheet row and the line', () => {
  it('has more lines than records (cells with line breaks)', async () => {
    const s = await sheet();
    expect(s.at(815).cells['PMI Code']).toBe('DiagnosedHealthCondition_GrandparentNoSelection');
    expect(s.at(815).line).toBe(872);
  });

  // [alias (the row's PMI Code, tied to its Short Code), where item_aliases cites it]
  it.each([
    ['DiagnosedHealthCondition_MotherCirculatoryCondition', 'row 150 (line 155)'],
    ['DiagnosedHealthCondition_FatherCirculatoryCondition', 'row 239 (line 254)'],
    ['DaughterOtherHealthCondition_PolycysticOvarianSyndrome', 'row 752 (line 809)'],
    ['GrandparentOtherHealthCondition_PolycysticOvarianSyndrome', 'row 796 (line 853)'],
  ])('item_aliases: %s at %s', async (alias, at) => {
    const row = db.prepare('SELECT at FROM item_aliases WHERE alias = ? AND source = ?').all(alias, SOURCE);
    expect(row).toEqual([{ at }]);
    const record = (await sheet()).at(cited(at).row);
    expect(record.line).toBe(cited(at).line);
    expect(record.cells['PMI Code']).toBe(alias);
    expect(record.cells['Short Code']).not.toBe('');
  });

  // [item code, field, where its provenance from this sheet cites it]
  it.each([
    ['SonCirculatoryCondition_HighBloodPressure', 'code', 'row 513 (line 569)'],
    ['GrandparentCancerCondition_BladderCancer', 'code', 'row 575 (line 632)'],
    ['FamilyMembersDiagnosed_Grandparents', 'text.en', 'row 814 (line 871)'],
    ['DiagnosedHealthCondition_GrandparentNoSelection', 'text.en', 'row 815 (line 872)'],
  ])('provenance: %s %s at %s', async (code, field, at) => {
    const record = (await sheet()).at(cited(at).row);
    expect(record.line).toBe(cited(at).line);
    expect(record.cells['PMI Code']).toBe(code);
    const value = field === 'code' ? code : record.cells['Display']!;
    const rows = db
      .prepare(
        `SELECT p.at FROM provenance p JOIN items i ON i.id = p.item_id
         WHERE i.code_lower = lower(?) AND p.source = ? AND p.field = ? AND p.value = ? AND p.context_id IS NULL`,
      )
      .all(code, SOURCE, field, value);
    expect(rows).toEqual([{ at }]);
  });
});
