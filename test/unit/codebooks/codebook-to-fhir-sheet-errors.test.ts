import { describe, expect, it } from 'vitest';
import { importC2fSheet } from '../../../codebooks/importers/codebook-to-fhir';
import { SourceError } from '../../../codebooks/errors';
import { fixtureSource } from '../../helpers/sources';

const NAME = 'test/fixtures/codebook-to-fhir/';

async function failure(name: string): Promise<SourceError> {
  try {
    await importC2fSheet(fixtureSource(`codebook-to-fhir/${name}`, 'c2f-sheet'));
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error(`${name} was imported without an error`);
}

describe('importC2fSheet on malformed sheets', () => {
  it('wrong header', async () => {
    const e = await failure('made-up-bad-header.csv');
    expect(e.message).toMatch(`${NAME}made-up-bad-header.csv: row 1, field "Type": the header lacks this column`);
  });

  it('truncated in the middle of a row', async () => {
    const e = await failure('made-up-truncated.csv');
    expect(e.message).toBe(`${NAME}made-up-truncated.csv: row 4, field "Type": expected 8 fields, found 2`);
  });

  it('truncated inside a quoted field (the CSV reader cannot tell which field)', async () => {
    const e = await failure('made-up-unclosed-quote.csv');
    expect(e.message).toMatch(`${NAME}made-up-unclosed-quote.csv: row 4`);
    expect(e.message).toMatch(/never closed/);
  });

  it('Latin-1 bytes', async () => {
    const e = await failure('made-up-latin1.csv');
    expect(e.message).toMatch(`${NAME}made-up-latin1.csv: row 4, field "Display": byte 0xe9`);
    expect(e.message).toMatch(/Latin-1/);
  });

  it('empty file', async () => {
    const e = await failure('made-up-empty.csv');
    expect(e.message).toMatch(`${NAME}made-up-empty.csv: row 1, field "Display": the file is empty`);
  });

  it('an answer whose question is nowhere in the sheet', async () => {
    const e = await failure('made-up-orphan-answer.csv');
    expect(e.message).toBe(
      `${NAME}made-up-orphan-answer.csv: row 5, field "Parent code": answer FakeLost_Yes belongs to FakeModule_NoSuchQuestion, which is nowhere in the sheet`,
    );
  });

  it('an answer with no parent code', async () => {
    const e = await failure('made-up-answer-no-parent.csv');
    expect(e.message).toBe(`${NAME}made-up-answer-no-parent.csv: row 3, field "Parent code": answer FakeLost_No names no question`);
  });

  it('an unknown Type', async () => {
    const e = await failure('made-up-bad-type.csv');
    expect(e.message).toMatch(`${NAME}made-up-bad-type.csv: row 4, field "Type": "Questoin" is not one of`);
  });

  it('an empty PMI Code', async () => {
    const e = await failure('made-up-empty-code.csv');
    expect(e.message).toBe(`${NAME}made-up-empty-code.csv: row 3, field "PMI Code": is empty`);
  });

  it('no Module Name row', async () => {
    const e = await failure('made-up-no-module.csv');
    expect(e.message).toMatch(`${NAME}made-up-no-module.csv: row 2, field "Type": no row has Type "Module Name"`);
  });
});
