// A record's place is the row a spreadsheet shows (header = row 1), with the file's line when a
// cell with line breaks above it makes the two differ. Made-up fixture, lines and rows:
//   line 1 header (row 1) · 2 module (row 2) · 3-5 Q1, its text on three lines (row 3) ·
//   6 yes (row 4) · 7-8 no, on two lines (row 5) · 9 blank (row 6) · 10 unsure (row 7).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importC2fSheet } from '../../../codebooks/importers/codebook-to-fhir';
import { csvRowAt, csvRowsAt, parseCsv } from '../../../codebooks/read/csv';
import { FIXTURES, fixtureSource } from '../../helpers/sources';

const FILE = 'codebook-to-fhir/made-up-multiline-cells.csv';
const TEXT = readFileSync(join(FIXTURES, FILE), 'utf8');
const REQUIRED = ['Display', 'PMI Code'];

describe('CSV records are placed by spreadsheet row, with the line when it differs', () => {
  it('says "row N" when row and line agree, "row N (line M)" when they do not', () => {
    expect(csvRowAt({ row: 5, line: 5 })).toBe('row 5');
    expect(csvRowAt({ row: 412, line: 437 })).toBe('row 412 (line 437)');
    expect(csvRowsAt([{ row: 2, line: 2 }])).toBe('row 2');
    expect(csvRowsAt([{ row: 2, line: 2 }, { row: 3, line: 5 }, { row: 4, line: 6 }], 2)).toBe('rows 2, 3 (line 5), ...');
  });

  it('gives every record its row and line', () => {
    const table = parseCsv(TEXT, FILE, { required: REQUIRED });
    expect(table.rows.map((r) => [r.values['PMI Code'], r.row, r.line])).toEqual([
      ['FakeModule', 2, 2],
      ['FakeModule_Q1', 3, 3],
      ['FakeQ1_Yes', 4, 6],
      ['FakeQ1_No', 5, 7],
      ['FakeQ1_Unsure', 7, 10],
    ]);
  });

  it('provenance of an imported sheet cites the row, and the line after a multi-line cell', async () => {
    const r = await importC2fSheet(fixtureSource(FILE, 'c2f-sheet'));
    const at = Object.fromEntries(r.concepts.map((c) => [c.code, c.prov.at]));
    expect(at).toEqual({
      FakeModule: 'row 2',
      FakeModule_Q1: 'row 3',
      FakeQ1_Yes: 'row 4 (line 6)',
      FakeQ1_No: 'row 5 (line 7)',
      FakeQ1_Unsure: 'row 7 (line 10)',
    });
    expect(r.concepts.find((c) => c.code === 'FakeModule_Q1')!.text).toEqual({ en: 'Made-up question\r\nover three\r\nlines?' });
  });

  it('errors name the row and the line', () => {
    const short = TEXT.replace('Invented yes,,Answer,', 'Invented yes,');
    expect(() => parseCsv(short, FILE, { required: REQUIRED })).toThrow(
      `${FILE}: row 4 (line 6), field "Parent code": expected 8 fields, found 6`,
    );
    const unclosed = TEXT.replace('Invented unsure,', '"Invented unsure,');
    expect(() => parseCsv(unclosed, FILE, { required: REQUIRED })).toThrow(`${FILE}: row 7 (line 10): a quoted field is never closed`);
  });

  it('a byte that is not UTF-8 is placed the same way', async () => {
    await expect(async () => importC2fSheet(fixtureSource('codebook-to-fhir/made-up-multiline-latin1.csv', 'c2f-sheet'))).rejects.toThrow(
      'made-up-multiline-latin1.csv: row 7 (line 10), field "Display": byte 0xe9',
    );
  });

  it('known defects are still found by line; the report says row and line', () => {
    const short = TEXT.replace('"Invented\r\nno",,Answer,', '"Invented\r\nno",Answer,');
    const repaired = parseCsv(short, FILE, { required: REQUIRED, knownDefects: [{ line: 7, problem: 'made-up gap', missingField: 'Topic' }] });
    expect(repaired.skipped).toEqual(['row 5 (line 7) repaired: made-up gap']);
    expect(repaired.rows.find((r) => r.row === 5)!.values).toMatchObject({ Topic: '', Type: 'Answer' });
    const skipped = parseCsv(short, FILE, { required: REQUIRED, knownDefects: [{ line: 7, problem: 'made-up junk' }] });
    expect(skipped.skipped).toEqual(['row 5 (line 7) skipped: made-up junk']);
    expect(skipped.rows.map((r) => r.row)).toEqual([2, 3, 4, 7]);
  });
});
