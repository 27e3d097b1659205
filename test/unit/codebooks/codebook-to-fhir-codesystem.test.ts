import { describe, expect, it } from 'vitest';
import { importC2fCodeSystem } from '../../../codebooks/importers/codebook-to-fhir';
import { SourceError } from '../../../codebooks/errors';
import { fixtureSource, realSource, sourceErrorOf } from '../../helpers/sources';

const NAME = 'test/fixtures/codebook-to-fhir/';
const made = (name: string) => importC2fCodeSystem(fixtureSource(`codebook-to-fhir/${name}`, 'c2f-codesystem'));

const failure = (name: string) => sourceErrorOf(name, () => made(name));

describe('importC2fCodeSystem on a made-up code system', () => {
  it('walks the nesting: parent is the enclosing concept, module the enclosing module', async () => {
    const r = await made('made-up-codesystem.json');
    expect(r.modules.map((m) => [m.code, m.name?.en, m.prov.at])).toEqual([
      ['FakeModule', 'Fake Module', 'concept[0]'],
      ['FakeShared', 'Fake Shared Answers', 'concept[1]'],
    ]);
    expect(r.concepts.find((c) => c.code === 'FakeModule_Q1')).toEqual({
      code: 'FakeModule_Q1',
      kind: 'question',
      module: 'FakeModule',
      parent: { code: 'FakeModule_Topic' },
      topic: 'Fake Topic',
      text: { en: 'Made-up question one?' },
      prov: { source: 'fixture:made-up-codesystem.json', at: 'concept[0].concept[0].concept[0]' },
    });
    expect(r.concepts.find((c) => c.code === 'FakeQ1Other_Text')).toMatchObject({ kind: 'question', parent: { code: 'FakeQ1_Other' }, module: 'FakeModule' });
    expect(r.concepts.find((c) => c.code === 'FakeModule')).toMatchObject({ kind: 'module', parent: null, module: 'FakeModule' });
    expect(r.concepts.find((c) => c.code === 'FakeModule')!.topic).toBeUndefined();
  });

  it('makes options for answers under questions, one per question, without positions', async () => {
    const r = await made('made-up-codesystem.json');
    expect(r.options.map((o) => [o.question.code, o.answer.code, o.position])).toEqual([
      ['FakeModule_Q1', 'FakeQ1_Yes', null],
      ['FakeModule_Q1', 'FakeQ1_Other', null],
      ['FakeModule_Q2', 'FakeQ1_Yes', null],
    ]);
    const notes = r.notes.join('\n');
    expect(notes).toMatch(/code FakeQ1_Yes at concept\[0\]\.concept\[0\]\.concept\[1\]\.concept\[0\] appears again \(first at concept\[0\]\.concept\[0\]\.concept\[0\]\.concept\[0\]\)/);
    expect(notes).toMatch(/1 answers sit under a topic or module, not a question \(FakeShared_Skip\)/);
  });

  it('gives version, date and url as meta', async () => {
    const r = await made('made-up-codesystem.json');
    expect(r.meta.map((m) => [m.key, m.value])).toEqual([
      ['codebook-version', '9.9.99'],
      ['codebook-date', '2001-02-03'],
      ['codesystem-url', 'http://example.org/made-up/CodeSystem'],
    ]);
  });
});

describe('importC2fCodeSystem on malformed input', () => {
  it('truncated JSON', async () => {
    const e = await failure('made-up-codesystem-truncated.json');
    expect(e.message).toMatch(new RegExp(`^${NAME}made-up-codesystem-truncated.json: line \\d+: not valid JSON: .*truncated`));
  });

  it('corrupt binary', async () => {
    const e = await failure('made-up-codesystem-corrupt.bin');
    expect(e.message).toMatch(`${NAME}made-up-codesystem-corrupt.bin: line 1: byte 0x8b at offset 1 is not UTF-8`);
  });

  it('empty file', async () => {
    const e = await failure('made-up-codesystem-empty.json');
    expect(e.message).toBe(`${NAME}made-up-codesystem-empty.json: line 1, field "resourceType": the file is empty; expected a FHIR CodeSystem`);
  });

  it('not a CodeSystem', async () => {
    const e = await failure('made-up-codesystem-valueset.json');
    expect(e.message).toBe(`${NAME}made-up-codesystem-valueset.json: $, field "resourceType": is not "CodeSystem"`);
  });

  it('a concept without code', async () => {
    const e = await failure('made-up-codesystem-no-code.json');
    expect(e.message).toBe(`${NAME}made-up-codesystem-no-code.json: concept[0].concept[0].concept[1], field "code": is missing or empty`);
  });

  it('an unknown concept-type', async () => {
    const e = await failure('made-up-codesystem-bad-type.json');
    expect(e.message).toMatch(`${NAME}made-up-codesystem-bad-type.json: concept[0].concept[0].concept[0], field "property": concept-type "Questionnaire" is not one of`);
  });
});

describe('importC2fCodeSystem on the real ppi.json', () => {
  it('reads all 5,404 concepts and finds SmokeFrequency_EveryDay under Smoking_SmokeFrequency', async () => {
    const r = await importC2fCodeSystem(await realSource('codebook-to-fhir:ppi.json'));
    // CodeSystem/ppi.json: "count": 5404, "version": "0.4.43" (line 77934), "date": "2020-08-12" (line 77936)
    expect(r.concepts).toHaveLength(5404);
    expect(r.modules).toHaveLength(79);
    expect(r.meta.filter((m) => m.key !== 'codesystem-url').map((m) => [m.key, m.value])).toEqual([
      ['codebook-version', '0.4.43'],
      ['codebook-date', '2020-08-12'],
    ]);
    // line 11526: "code": "SmokeFrequency_EveryDay" nested in Smoking_SmokeFrequency (line 11554) < Lifestyle_Smoking < Lifestyle
    expect(r.concepts.find((c) => c.code === 'SmokeFrequency_EveryDay')).toMatchObject({
      kind: 'answer',
      module: 'Lifestyle',
      parent: { code: 'Smoking_SmokeFrequency' },
      topic: 'Smoking',
      text: { en: 'Every day' },
    });
    expect(r.concepts.find((c) => c.code === 'Smoking_SmokeFrequency')).toMatchObject({ kind: 'question', parent: { code: 'Lifestyle_Smoking' } });
    const answers = r.options.filter((o) => o.question.code === 'Smoking_SmokeFrequency').map((o) => o.answer.code);
    expect(answers.sort()).toEqual(['SmokeFrequency_EveryDay', 'SmokeFrequency_NotAtAll', 'SmokeFrequency_SomeDays']);
    // 3,970 answers: 3,789 under a question; the rest sit under FamilyHistory topics and the PMI module
    expect(r.options).toHaveLength(3789);
    expect(r.concepts.filter((c) => c.kind === 'answer')).toHaveLength(3970);
  });
});
