// Imported codebooks as user modules: a REDCap data dictionary and an official codebook sheet
// (CSV, and the same rows as .xlsx), each in the catalog, outline and search with its provenance;
// malformed files named by file, row and field. Fixtures are made up.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ImportedData } from '../../../electron/services/imports/imported-data';
import { noHooks } from '../../../electron/services/imports/progress';
import { runImport } from '../../../electron/services/imports/run-import';
import { searchImports } from '../../../electron/services/imports/search-imports';
import { importPath, partialPathFor } from '../../../electron/services/imports/store';
import { userItem, userOutline, userSurveys } from '../../../electron/services/imports/user-modules';
import { useTempDirs } from '../lists/helpers/temp-dir';

const temp = useTempDirs();
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const REDCAP = join(FIXTURES, 'redcap', 'made-up-redcap.csv');
const SHEET = join(FIXTURES, 'codebook-to-fhir', 'made-up-sheet.csv');

async function imported(path: string, id: string): Promise<ImportedData> {
  const dir = temp();
  partialPathFor(dir, id); // makes the imports folder
  await runImport(path, importPath(dir, id), noHooks);
  return new ImportedData(dir);
}

describe('codebook imports as user modules', () => {
  it('a REDCap data dictionary: catalog entry with provenance, outline in file order, search, concept card', async () => {
    const data = await imported(REDCAP, 'codebook-made-up-redcap');
    const [survey] = userSurveys(data);
    expect(survey).toMatchObject({ slug: 'codebook-made-up-redcap', category: 'user', questionCount: 5, name: { en: 'made-up-redcap.csv' } });
    expect(survey!.description.en).toMatch(/^Your import of made-up-redcap\.csv \(REDCap data dictionary\), \d{4}-\d{2}-\d{2}, from .*made-up-redcap\.csv$/);
    const outline = userOutline(data, 'codebook-made-up-redcap')!;
    expect(outline.rows.map((r) => [r.code, r.answerCount])).toEqual([['fakemodule_q1', 3], ['fakemodule_q2', 3], ['fakemodule_q3', 0], ['fakemodule_q4', 0], ['fakemodule_q5', 0]]);
    // Words of the wording and codes both match (PMI_FakeSkip holds "fakes"), in file order.
    expect(searchImports(data, 'fakes').userItems.map((u) => u.code)).toEqual(['PMI_FakeSkip', 'fakemodule_q3']);
    const card = userItem(data, 'FAKEMODULE_Q2')!;
    expect(card.answers.map((a) => [a.code, a.text.en])).toEqual([['FakeQ2_A', 'A'], ['FakeQ2_B', 'B'], ['PMI_FakeSkip', 'Skip']]);
    expect(card.branching[0]!.text).toBe("[fakemodule_q1] = 'FakeQ1_Yes' or [fakemodule_q1] = 'PMI_FakeSkip'");
    expect(card.provenance[0]).toEqual({ field: 'code', value: 'fakemodule_q2', source: 'made-up-redcap.csv (REDCap data dictionary)', at: 'row 4', chosen: true });
    data.close();
  });

  it('an official codebook sheet reads the same from CSV and from .xlsx', async () => {
    const fromCsv = await imported(SHEET, 'codebook-made-up-sheet');
    const xlsx = join(temp(), 'made-up-sheet.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows(parse(readFileSync(SHEET)) as string[][]);
    await wb.xlsx.writeFile(xlsx);
    const fromXlsx = await imported(xlsx, 'codebook-made-up-sheet');
    const rows = (d: ImportedData) => userOutline(d, 'codebook-made-up-sheet')!.rows.map((r) => [r.depth, r.kind, r.code, r.text.en, r.answerCount]);
    expect(rows(fromXlsx)).toEqual(rows(fromCsv));
    expect(rows(fromCsv)[0]).toEqual([0, 'topic', 'FakeModule_Topic', 'Fake Topic', 0]);
    expect(rows(fromCsv)[1]).toEqual([1, 'question', 'FakeModule_Q1', 'Made-up question one, with a comma?', expect.any(Number)]);
    expect(fromXlsx.list()[0]!.version).toBe('official codebook');
    fromCsv.close();
    fromXlsx.close();
  });

  it('malformed files are named by file, row and field', async () => {
    const dir = temp();
    const out = join(dir, 'x.sqlite');
    await expect(runImport(join(FIXTURES, 'redcap', 'made-up-redcap-truncated.csv'), out, noHooks)).rejects.toThrow(/^made-up-redcap-truncated\.csv: row \d+/);
    await expect(runImport(join(FIXTURES, 'redcap', 'made-up-redcap-latin1.csv'), out, noHooks)).rejects.toThrow(/^made-up-redcap-latin1\.csv: line \d+: byte 0x[0-9a-f]{2} .* is not UTF-8/);
    await expect(runImport(join(FIXTURES, 'curation', 'made-up-concept-tab.csv'), out, noHooks)).rejects.toThrow(/^made-up-concept-tab\.csv: row 1: the header is neither a REDCap data dictionary's/);
  });
});
