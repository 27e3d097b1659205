import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWorkgroupXlsx } from '../../../codebooks/importers/workgroup-xlsx';
import type { SourceFile } from '../../../codebooks/importers/types';
import type { ImportResult } from '../../../codebooks/model/records';
import { ENGLISH_HEADER, writeMadeUpWorkbook } from '../../fixtures/workgroup/made-up-workbooks';

const NAME = 'made-up-Final Revision Recommendation FakeModule_01.01.2000.xlsx';
let dir: string;

/** A made-up workbook in the temporary folder, presented as a source file. */
function madeUp(path: string, fileName: string, module?: string): SourceFile {
  const entry = {
    ...(module ? { module } : {}),
    id: `fixture:${fileName}`,
    repo: 'fixtures/made-up',
    commit: '0'.repeat(40),
    path: `workgroup/${fileName}`,
    local: `test/fixtures/workgroup/${fileName}`,
    sha256: '0'.repeat(64),
    bytes: 1,
    license: 'test fixture',
    format: 'workgroup-xlsx',
    provides: 'test',
  };
  return { entry, path, name: entry.local };
}

async function expectSourceError(file: SourceFile, ...parts: string[]): Promise<void> {
  const error = await Promise.resolve()
    .then(() => importWorkgroupXlsx(file))
    .then(
      () => null,
      (e: unknown) => e as Error,
    );
  expect(error?.name).toBe('SourceError');
  for (const part of [file.name, ...parts]) expect(error?.message).toContain(part);
  expect(error?.message).not.toContain('\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'workgroup-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importWorkgroupXlsx on a made-up workbook', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importWorkgroupXlsx(madeUp(await writeMadeUpWorkbook(dir, NAME), NAME));
  });

  it('reads English rows with final wording, source names and reference wording', () => {
    const en = result.printed.filter((p) => p.language === 'en');
    expect(en.map((p) => p.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(en[0]).toMatchObject({
      module: 'fakemodule',
      // The cell lists the options under the question: they are not part of the wording.
      text: 'FakeModule_Q1 final wording?',
      sourceNames: ['FakeSurvey', 'Fake Other Study (FOS)'],
      originalText: 'FakeModule_Q1 reference wording?',
      footnotes: [],
      prov: { source: `fixture:${NAME}`, at: 'English!F3' },
    });
    expect(en[0]!.ref).toBeUndefined();
  });

  it('takes the wording from an earlier column when the final one holds a decision ("As is")', () => {
    const q2 = result.printed.find((p) => p.language === 'en' && p.sequence === 2)!;
    expect(q2.text).toBe('FakeModule_Q2 reference wording?');
    expect(q2.prov.at).toBe('English!B4');
    expect(result.notes.some((n) => n.includes('final/post/prior → reference') && n.includes('rows 4'))).toBe(true);
  });

  it('treats "None" and "N/A" as no source and no reference wording', () => {
    const q5 = result.printed.find((p) => p.text === 'FakeModule_Q5 final wording?')!;
    expect(q5.sourceNames).toEqual([]);
    expect(q5.originalText).toBeNull();
  });

  it('reads the unnamed second sheet as Spanish, with item ids from the reference column', () => {
    const es = result.printed.filter((p) => p.language === 'es');
    expect(es.map((p) => p.ref?.itemId ?? null)).toEqual(['FQ1', 'FQ 2', null, 'FQ1']);
    expect(es[0]).toMatchObject({ text: '¿FakeModule pregunta uno?', sourceNames: ['FakeSurvey'], prov: { at: 'Sheet2!E2' } });
    expect(result.notes.some((n) => n.includes('"Sheet2"') && n.includes('read as es'))).toBe(true);
    expect(result.notes.some((n) => n.includes('"Qa Fake Label"') && n.includes('row 4'))).toBe(true);
    expect(result.notes.some((n) => n.includes('item id FQ1 in rows 2 and 5'))).toBe(true);
  });

  it('makes one instrument per distinct source, without item numbers or "(modified)"', () => {
    expect(result.instruments.map((i) => [i.name, i.shortName])).toEqual([
      ['FakeSurvey', null],
      ['Fake Other Study (FOS)', 'FOS'],
      ['Fake Scale', null],
    ]);
    expect(result.instruments.every((i) => i.module === 'fakemodule')).toBe(true);
    expect(result.notes.some((n) => n.includes('"FAKESURVEY" (English!A6) taken as "FakeSurvey"'))).toBe(true);
  });

  it('keeps a module that is not an All of Us module under its own slug, with a note', () => {
    expect(result.notes.some((n) => n.includes('"FakeModule" is not an All of Us survey module'))).toBe(true);
  });

  it('gives no PPI codes, so no concept records', () => {
    expect(result.concepts).toEqual([]);
  });

  it('uses the manifest module when the entry has one, and finds a header in row 1', async () => {
    const path = await writeMadeUpWorkbook(dir, 'made-up-no-title.xlsx', { noTitle: true });
    const file = madeUp(path, 'made-up-no-title.xlsx', 'fake-module');
    const r = await importWorkgroupXlsx(file);
    expect(r.printed.find((p) => p.language === 'en')).toMatchObject({ module: 'fake-module', prov: { at: 'English!F2' } });
  });
});

describe('importWorkgroupXlsx on malformed input', () => {
  it('rejects random bytes as a corrupt workbook, naming the file', async () => {
    const path = join(dir, 'made-up-random.xlsx');
    writeFileSync(path, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    await expectSourceError(madeUp(path, 'made-up-random.xlsx', 'fake-module'), 'not a readable .xlsx');
  });

  it('rejects a truncated workbook', async () => {
    const full = await writeMadeUpWorkbook(dir, 'made-up-full.xlsx');
    const path = join(dir, 'made-up-truncated.xlsx');
    const bytes = readFileSync(full);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectSourceError(madeUp(path, 'made-up-truncated.xlsx', 'fake-module'), 'corrupt or truncated');
  });

  it('rejects an empty file and a Latin-1 text file saved as .xlsx', async () => {
    const empty = join(dir, 'made-up-empty.xlsx');
    writeFileSync(empty, Buffer.alloc(0));
    await expectSourceError(madeUp(empty, 'made-up-empty.xlsx', 'fake-module'), 'the file is empty');
    const latin1 = join(dir, 'made-up-latin1.xlsx');
    writeFileSync(latin1, Buffer.from('Original Source for Question;Se\xf1or\r\n', 'latin1'));
    await expectSourceError(madeUp(latin1, 'made-up-latin1.xlsx', 'fake-module'), 'not a readable .xlsx');
  });

  it('names sheet, row and field when the header lacks a required column', async () => {
    const header = ENGLISH_HEADER.map((h) => (h === 'Reference Instrument Question' ? 'Reference' : h));
    const path = await writeMadeUpWorkbook(dir, 'made-up-bad-header.xlsx', { englishHeader: header });
    await expectSourceError(madeUp(path, 'made-up-bad-header.xlsx', 'fake-module'), 'sheet "English", row 2', 'field "Reference Instrument Question"');
  });

  it('names the final-wording field when the English sheet lacks it', async () => {
    const header = ENGLISH_HEADER.map((h) => (h.startsWith('Final') ? 'Decision' : h));
    const path = await writeMadeUpWorkbook(dir, 'made-up-no-final.xlsx', { englishHeader: header });
    await expectSourceError(madeUp(path, 'made-up-no-final.xlsx', 'fake-module'), 'sheet "English", row 2', 'field "Final Recommended Survey Module Question"');
  });

  it('names row 1 and the source field when no header row is found', async () => {
    const header = ENGLISH_HEADER.map(() => 'something else');
    const path = await writeMadeUpWorkbook(dir, 'made-up-no-header.xlsx', { englishHeader: header });
    await expectSourceError(madeUp(path, 'made-up-no-header.xlsx', 'fake-module'), 'sheet "English", row 1', 'field "Original Source for Question"');
  });

  it('requires an English sheet', async () => {
    const name = 'made-up-Final Revision Recommendation FakeNoEnglish_01.01.2000.xlsx';
    const path = await writeMadeUpWorkbook(dir, name, { noEnglish: true });
    await expectSourceError(madeUp(path, name), 'field "sheet name"', 'no sheet is named English (sheets: Sheet2)');
  });

  it('requires a file name that says the module when the manifest does not', async () => {
    const path = await writeMadeUpWorkbook(dir, 'made-up-workbook.xlsx');
    await expectSourceError(madeUp(path, 'made-up-workbook.xlsx'), 'field "file name"', 'cannot tell the module');
  });
});
