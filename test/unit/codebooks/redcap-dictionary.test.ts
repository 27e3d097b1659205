import { describe, expect, it } from 'vitest';
import { importRedcapDictionary, readRedcapDictionary } from '../../../codebooks/importers/redcap-dictionary';
import { parseBranching } from '../../../codebooks/importers/redcap-branching';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError } from './curation-expect-error';

const fx = (name: string) => fixtureSource(`redcap/${name}`, 'redcap-dictionary');

describe('parseBranching', () => {
  it('reads radio and checkbox terms of one parent joined by or', () => {
    expect(parseBranching("[fake_q1] = 'FakeQ1_Yes' OR [fake_q1] = \"FakeQ1_No\"")).toEqual({ parent: 'fake_q1', answers: ['FakeQ1_Yes', 'FakeQ1_No'], when: 'shown' });
    expect(parseBranching("[fake_q2(FakeQ2_A)] = '1' or [fake_q2(FakeQ2_B)] = '1'")).toEqual({ parent: 'fake_q2', answers: ['FakeQ2_A', 'FakeQ2_B'], when: 'shown' });
  });
  it('reads negations joined by and as hidden', () => {
    expect(parseBranching("[fake_q1] <> 'FakeQ1_No' and [fake_q1(FakeQ1_X)] = '0'")).toEqual({ parent: 'fake_q1', answers: ['FakeQ1_No', 'FakeQ1_X'], when: 'hidden' });
  });
  it('leaves anything else unstructured', () => {
    for (const s of ["[fake_q3] > '2'", "[fake_q1] = 'a' and [fake_q2] = 'b'", "([fake_q1] = 'a')", "[fake_q1] = 'a' or [fake_q1] <> 'b'", "[fake_q1] = ''", "[fake_q1(a)] = '2'"]) {
      expect(parseBranching(s), s).toBeNull();
    }
  });
});

describe('importRedcapDictionary on made-up dictionaries', () => {
  it('reads fields, choices, options and branching (standard REDCap header)', async () => {
    const r = await importRedcapDictionary(fx('made-up-redcap.csv'));
    expect(r.concepts.filter((c) => c.kind !== 'answer').map((c) => [c.code, c.kind, c.fieldType, c.module])).toEqual([
      ['fake_intro', null, 'descriptive', 'fake_module'],
      ['fakemodule_q1', 'question', 'single', 'fake_module'],
      ['fakemodule_q2', 'question', 'multiple', 'fake_module'],
      ['fakemodule_q3', 'question', 'integer', 'fake_module'],
      ['fakemodule_q4', 'question', 'text', 'fake_module'],
      ['fakemodule_q5', 'question', 'integer', 'fake_module'],
    ]);
    expect(r.concepts[0]!.text).toEqual({ en: 'Welcome to the fake survey & more.' });
    expect(r.options.filter((o) => o.question.code === 'fakemodule_q1').map((o) => [o.answer.code, o.position, o.label?.en])).toEqual([
      ['FakeQ1_Yes', 1, 'Yes'],
      ['FakeQ1_No', 2, 'No, not at all'],
      ['PMI_FakeSkip', 3, 'Skip'],
    ]);
    // A shared answer code is one answer concept, but an option of each question.
    expect(r.concepts.filter((c) => c.code === 'PMI_FakeSkip')).toHaveLength(1);
    expect(r.options.filter((o) => o.answer.code === 'PMI_FakeSkip')).toHaveLength(2);
    // Slider labels are not choices.
    expect(r.options.some((o) => o.question.code === 'fakemodule_q5')).toBe(false);
    expect(r.concepts.every((c) => c.order === undefined)).toBe(true);
  });

  it('keeps every branching text as prose and structures the simple ones', async () => {
    const r = await importRedcapDictionary(fx('made-up-redcap.csv'));
    expect(r.branching.map((b) => [b.child.code, b.parent?.code ?? null, b.answers.map((a) => a.code), b.when, b.prov.at])).toEqual([
      ['fakemodule_q2', 'fakemodule_q1', ['FakeQ1_Yes', 'PMI_FakeSkip'], 'shown', 'row 4'],
      ['fakemodule_q3', 'fakemodule_q2', ['FakeQ2_A', 'FakeQ2_B'], 'shown', 'row 5'],
      ['fakemodule_q4', null, [], 'shown', 'row 6'],
      ['fakemodule_q5', 'fakemodule_q1', ['FakeQ1_No'], 'hidden', 'row 7'],
    ]);
    expect(r.branching[2]!.prose).toBe("[fakemodule_q3] > '2'");
  });

  it('reads the API export names, and keeps order when asked', async () => {
    const r = readRedcapDictionary(fx('made-up-redcap-api-names.csv'), { keepOrder: true });
    expect(r.concepts.filter((c) => c.kind === 'question').map((c) => [c.code, c.fieldType, c.order])).toEqual([
      ['fakemodule_q1', 'single', 1],
      ['fakemodule_q2', 'date', 2],
    ]);
    expect(r.branching[0]).toMatchObject({ parent: { code: 'fakemodule_q1' }, answers: [{ code: '2' }], when: 'shown' });
  });

  it('reads a file with BOM and CRLF', async () => {
    const r = await importRedcapDictionary(fx('made-up-redcap-bom-crlf.csv'));
    expect(r.options.map((o) => o.answer.code)).toEqual(['FakeQ1_Yes', 'FakeQ1_No']);
  });
});

describe('importRedcapDictionary on malformed input', () => {
  it('names the missing column of an unknown layout', () =>
    expectSourceError(importRedcapDictionary, fx('made-up-redcap-wrong-header.csv'), [/row 1/, /field "Field Type"/]));
  it('rejects a field name listed twice', () =>
    expectSourceError(importRedcapDictionary, fx('made-up-redcap-dup-field.csv'), [/row 3/, /field "Variable \/ Field Name"/, /row 2/]));
  it('rejects a choice code listed twice', () => expectSourceError(importRedcapDictionary, fx('made-up-redcap-dup-choice.csv'), [/row 2/, /field "Choices"/]));
  it('rejects a choice without code', () => expectSourceError(importRedcapDictionary, fx('made-up-redcap-bad-choice.csv'), [/row 2/, /field "Choices"/, /NoCommaHere/]));
  it('rejects an empty field type', () => expectSourceError(importRedcapDictionary, fx('made-up-redcap-no-type.csv'), [/row 2/, /field "Field Type"/]));
  it('rejects Latin-1 bytes', () => expectSourceError(importRedcapDictionary, fx('made-up-redcap-latin1.csv'), [/line 2/, /not UTF-8/]));
  it('rejects a truncated file', () => expectSourceError(importRedcapDictionary, fx('made-up-redcap-truncated.csv'), [/row 2/, /never closed/]));
  it('rejects an empty file', () => expectSourceError(importRedcapDictionary, fixtureSource('curation/made-up-empty.csv', 'redcap-dictionary'), [/empty/]));
  it('rejects corrupt binary', () =>
    expectSourceError(importRedcapDictionary, fixtureSource('curation/made-up-corrupt-binary.csv', 'redcap-dictionary'), [/line 2/, /not UTF-8/]));
});

describe('importRedcapDictionary on the real sample (ddharmon-ui aou.csv)', () => {
  it('reads smoking_smokefrequency with its choices and branching', async () => {
    const r = await importRedcapDictionary(await realSource('ddharmon-ui:aou.csv'));
    // aou.csv line 58 (row 44: cells with line breaks above): Lifestyle,,smoking_smokefrequency,lifestyle,,radio,"Do you now smoke cigarettes every day, some days, or not at all?",
    // "SmokeFrequency_EveryDay, Every day | ...", branching [smoking_100cigslifetime] = '100CigsLifetime_Yes'
    expect(r.concepts.find((c) => c.code === 'smoking_smokefrequency')).toMatchObject({
      kind: 'question',
      module: 'Lifestyle',
      fieldType: 'single',
      text: { en: 'Do you now smoke cigarettes every day, some days, or not at all?' },
      prov: { source: 'ddharmon-ui:aou.csv', at: 'row 44 (line 58)' },
    });
    expect(r.options.filter((o) => o.question.code === 'smoking_smokefrequency').map((o) => o.answer.code)).toEqual([
      'SmokeFrequency_EveryDay',
      'SmokeFrequency_SomeDays',
      'SmokeFrequency_NotAtAll',
      'PMI_DontKnow',
      'PMI_PreferNotToAnswer',
    ]);
    expect(r.branching.find((b) => b.child.code === 'smoking_smokefrequency')).toMatchObject({
      parent: { code: 'smoking_100cigslifetime' },
      answers: [{ code: '100CigsLifetime_Yes' }],
      when: 'shown',
      prose: "[smoking_100cigslifetime] = '100CigsLifetime_Yes'",
    });
  });

  it('reads the checkbox logic of aian_tribe (line 4) and counts the whole sample', async () => {
    const r = await importRedcapDictionary(await realSource('ddharmon-ui:aou.csv'));
    expect(r.branching.find((b) => b.child.code === 'aian_tribe')).toMatchObject({
      parent: { code: 'aian_aianspecific' },
      answers: [{ code: 'AIANSpecific_AmericanIndian' }, { code: 'AIANSpecific_AlaskaNative' }, { code: 'AIANSpecific_CentralSouthAmericanIndian' }],
      when: 'shown',
    });
    // Counted with a script: 200 fields (2 descriptive), 845 options, 142 branching texts of which
    // one ([livingsituation_howmanypeople] > '0') is not structured.
    expect(r.concepts.filter((c) => c.kind === 'question')).toHaveLength(198);
    expect(r.options).toHaveLength(845);
    expect(r.branching).toHaveLength(142);
    expect(r.branching.filter((b) => b.parent === null).map((b) => b.child.code)).toEqual(['livingsituation_peopleunder18']);
  });
});
