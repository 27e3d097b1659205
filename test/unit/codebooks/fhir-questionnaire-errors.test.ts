// Malformed variants of the made-up questionnaire, written as real files to a temporary folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importFhirQuestionnaire } from '../../../codebooks/importers/fhir-questionnaire';
import type { SourceFile } from '../../../codebooks/importers/types';
import { FIXTURES, fixtureSource } from '../../helpers/sources';
import { tempDirUntilAfterAll } from '../../helpers/temp-dir';

const FIXTURE = 'fhir/made-up-questionnaire.json';
const original = readFileSync(join(FIXTURES, FIXTURE), 'utf8');
const dir = tempDirUntilAfterAll('fhir-q-');

// Tests edit the parsed fixture freely, so its shape is left loose.
type Json = Record<string, any>;

function variant(name: string, content: string | Buffer): SourceFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { ...fixtureSource(FIXTURE, 'fhir-questionnaire'), path, name: `test/fixtures/fhir/${name}` };
}

/** The fixture changed through its parsed form and printed again as the real files are. */
function edited(name: string, edit: (doc: Json) => void): { file: SourceFile; text: string } {
  const doc = JSON.parse(original) as Json;
  edit(doc);
  const text = JSON.stringify(doc, null, 4);
  return { file: variant(name, text), text };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

async function failure(file: SourceFile): Promise<string> {
  try {
    await importFhirQuestionnaire(file);
  } catch (e) {
    expect((e as Error).name).toBe('SourceError');
    return (e as Error).message;
  }
  throw new Error('expected a SourceError');
}

describe('importFhirQuestionnaire on malformed input', () => {
  it('a truncated file names the line where it ends and the last field', async () => {
    const cut = original.slice(0, original.indexOf('"made-up B"') + 5);
    const msg = await failure(variant('made-up-truncated.json', cut));
    expect(msg).toContain(`test/fixtures/fhir/made-up-truncated.json: line ${cut.split('\n').length}`);
    expect(msg).toContain('field "display"');
    expect(msg).toMatch(/truncated/);
  });

  it('a JSON document that is not a Questionnaire is refused', async () => {
    const msg = await failure(variant('made-up-patient.json', original.replace('"Questionnaire"', '"Patient"')));
    expect(msg).toBe(
      'test/fixtures/fhir/made-up-patient.json: (top level), field "resourceType": is "Patient"; expected "Questionnaire"',
    );
  });

  it('a list, or a Questionnaire without its root group, is refused', async () => {
    expect(await failure(variant('made-up-list.json', '[1, 2]'))).toBe(
      'test/fixtures/fhir/made-up-list.json: line 1, field "resourceType": expected a Questionnaire object, found a list',
    );
    expect(await failure(variant('made-up-no-group.json', '{"resourceType": "Questionnaire"}'))).toBe(
      'test/fixtures/fhir/made-up-no-group.json: (top level), field "group": expected the root group object, found nothing',
    );
  });

  it('a BOM and CRLF line ends are accepted and give the same records', async () => {
    const plain = await importFhirQuestionnaire(fixtureSource(FIXTURE, 'fhir-questionnaire'));
    const bom = await importFhirQuestionnaire(variant('made-up-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)])));
    const crlf = await importFhirQuestionnaire(variant('made-up-crlf.json', original.replace(/\n/g, '\r\n')));
    expect(bom).toEqual(plain);
    expect(crlf).toEqual(plain);
  });

  it('a syntax error in a CRLF file names its line and field', async () => {
    const broken = original.replace('"made-up no",', '"made-up no" oops,').replace(/\n/g, '\r\n');
    const msg = await failure(variant('made-up-crlf-broken.json', broken));
    expect(msg).toContain(`made-up-crlf-broken.json: line ${lineOf(original, '"made-up no"')}, field "display": not valid JSON`);
  });

  it('Latin-1 bytes name the line and field they are in', async () => {
    const latin1 = Buffer.from(original.replace('sí inventado', 's\u0000 inventado'), 'utf8');
    latin1[latin1.indexOf(0)] = 0xed; // "í" in Latin-1
    const msg = await failure(variant('made-up-latin1.json', latin1));
    expect(msg).toContain(`made-up-latin1.json: line ${lineOf(original, 'sí inventado')}, field "valueString": byte 0xed`);
    expect(msg).toMatch(/not UTF-8/);
  });

  it('an empty file is refused', async () => {
    const msg = await failure(variant('made-up-empty.json', ''));
    expect(msg).toBe('test/fixtures/fhir/made-up-empty.json: line 1, field "resourceType": the file is empty; expected a FHIR Questionnaire');
  });

  it('a corrupt binary file (gzip bytes) is refused at its first byte', async () => {
    const msg = await failure(variant('made-up-binary.json', gzipSync(original)));
    expect(msg).toMatch(/^test\/fixtures\/fhir\/made-up-binary\.json: line 1, field "resourceType": byte 0x8b at offset 1 is not UTF-8/);
  });

  it('a question code asked twice is an error naming the second place', async () => {
    const { file, text } = edited('made-up-duplicate.json', (d) => (d.group.question[2].concept[0].code = 'FakeModule_Q1'));
    const msg = await failure(file);
    expect(msg).toContain(`group.question[2] (line ${lineOf(text, '"linkId": "103"')}), field "concept": question FakeModule_Q1 is already asked`);
  });

  it('an answer listed twice under one question is an error', async () => {
    const { file } = edited('made-up-duplicate-option.json', (d) => (d.group.question[0].option[1].code = 'FakeQ1_Yes'));
    expect(await failure(file)).toMatch(/group\.question\[0\] \(line \d+\)\.option\[1\], field "code": answer FakeQ1_Yes is listed twice/);
  });

  it('answers whose question has no code are an error', async () => {
    const { file } = edited('made-up-orphan-answers.json', (d) => delete d.group.question[1].concept[0].code);
    expect(await failure(file)).toMatch(/made-up-orphan-answers\.json: group\.question\[1\] \(line \d+\), field "concept": answer options belong to a question that has no code/);
  });

  it('answer options directly on a group are an error', async () => {
    const { file } = edited('made-up-group-options.json', (d) => (d.group.group[0].option = [{ code: 'FakeQ9_A' }]));
    expect(await failure(file)).toMatch(/group\.group\[0\] \(line \d+\), field "option": answer options outside a question/);
  });

  it('an answer option without a code is an error', async () => {
    const { file } = edited('made-up-option-nocode.json', (d) => delete d.group.question[1].option[0].code);
    expect(await failure(file)).toMatch(/group\.question\[1\] \(line \d+\)\.option\[0\], field "code": the answer option has no code/);
  });

  it('a question without a type, or with text that is not text, is an error', async () => {
    const a = edited('made-up-no-type.json', (d) => delete d.group.question[2].type);
    expect(await failure(a.file)).toMatch(/group\.question\[2\] \(line \d+\), field "type": is missing/);
    const b = edited('made-up-number-text.json', (d) => (d.group.question[2].text = 42));
    expect(await failure(b.file)).toMatch(/group\.question\[2\] \(line \d+\), field "text": expected text, found number 42/);
  });

  it('a root group without a module code is an error', async () => {
    const { file } = edited('made-up-no-module.json', (d) => (d.group.concept = []));
    expect(await failure(file)).toMatch(/made-up-no-module\.json: group \(line \d+\), field "concept": the root group has no concept code/);
  });

  it('a question without a code and without options is skipped with a note', async () => {
    const { file } = edited('made-up-uncoded.json', (d) => delete d.group.question[2].concept[0].code);
    const r = await importFhirQuestionnaire(file);
    expect(r.concepts.some((c) => c.code === 'FakeModule_Q3')).toBe(false);
    expect(r.notes).toContain('1 question(s) without a concept code skipped');
  });
});
