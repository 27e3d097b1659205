import { describe, expect, it } from 'vitest';
import { importCopeSuppression } from '../../../codebooks/importers/curation/cope-suppression';
import { importRdrObservation } from '../../../codebooks/importers/curation/rdr-observation';
import { importSmokingLookup } from '../../../codebooks/importers/curation/smoking-lookup';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError } from './curation-expect-error';

const fx = (name: string, format: string) => fixtureSource(`curation/${name}`, format);

describe('importRdrObservation', () => {
  const obs = (name: string) => fx(name, 'rdr-observation');

  it('reads question and answer concepts and options once each', async () => {
    const r = await importRdrObservation(obs('made-up-observation.csv'));
    expect(r.concepts.filter((c) => c.kind === 'question').map((c) => [c.code, c.conceptId])).toEqual([
      ['FakeModule_Q1', 900000001],
      ['FakeModule_Q2', 900000002],
      ['FakeModule_Q3', null],
    ]);
    expect(r.concepts.filter((c) => c.kind === 'answer').map((c) => [c.code, c.conceptId, c.prov.at])).toEqual([
      ['FakeQ1_Yes', 900000011, 'row 2'],
      ['FakeQ1_No', 900000012, 'row 3'],
      ['FakeQ3_CodeOnly', null, 'row 6'],
    ]);
    expect(r.options.map((o) => [o.question.code, o.answer.code])).toEqual([
      ['FakeModule_Q1', 'FakeQ1_Yes'],
      ['FakeModule_Q1', 'FakeQ1_No'],
      ['FakeModule_Q3', 'FakeQ3_CodeOnly'],
    ]);
  });

  it('rejects an observation without a question code', () =>
    expectSourceError(importRdrObservation, obs('made-up-observation-no-question.csv'), [/row 3/, /field "observation_source_value"/]));
  it('rejects a concept id that is not a number', () =>
    expectSourceError(importRdrObservation, obs('made-up-observation-bad-id.csv'), [/row 2/, /field "observation_source_concept_id"/]));
  it('rejects a wrong header', () =>
    expectSourceError(importRdrObservation, obs('made-up-cope-suppression.csv'), [/row 1/, /field "observation_source_value"/]));
  it('rejects corrupt binary', () => expectSourceError(importRdrObservation, obs('made-up-corrupt-binary.csv'), [/line 2/, /not UTF-8/]));

  it('reads the real RDR fixture', async () => {
    const r = await importRdrObservation(await realSource('curation:observation.csv'));
    // observation.csv line 58: Smoking_SmokeFrequency,1585860 ... 1585863,SmokeFrequency_NotAtAll
    expect(r.concepts).toContainEqual(expect.objectContaining({ code: 'Smoking_SmokeFrequency', conceptId: 1585860, kind: 'question' }));
    expect(r.concepts).toContainEqual(expect.objectContaining({ code: 'SmokeFrequency_NotAtAll', conceptId: 1585863, kind: 'answer' }));
    expect(r.options).toContainEqual(
      expect.objectContaining({ question: { code: 'Smoking_SmokeFrequency' }, answer: { code: 'SmokeFrequency_NotAtAll', conceptId: 1585863 } }),
    );
    // Counted with a script over the 111 rows: 41 question codes, 35 answer codes, 35 pairs.
    expect(r.concepts.filter((c) => c.kind === 'question')).toHaveLength(41);
    expect(r.concepts.filter((c) => c.kind === 'answer')).toHaveLength(35);
    expect(r.options).toHaveLength(35);
    expect(r.notes).toEqual([]);
  });
});

describe('importSmokingLookup', () => {
  const smoke = (name: string) => fx(name, 'curation-smoking-lookup');

  it('reads parent questions, remapped children and answer values', async () => {
    const r = await importSmokingLookup(smoke('made-up-smoking-lookup.csv'));
    expect(r.concepts).toContainEqual(expect.objectContaining({ conceptId: 900000101, code: 'FakeSmoke_AgePreferNot', kind: null }));
    expect(r.concepts).toContainEqual(
      expect.objectContaining({ conceptId: 900000100, code: 'FakeSmoke_Age', kind: 'question', standardConceptId: 910000100, prov: { source: expect.any(String), at: 'row 5' } }),
    );
    expect(r.concepts).toContainEqual(expect.objectContaining({ conceptId: 900000199, kind: 'answer', standardConceptId: 910000199 }));
    // The remapped answer is a concept, not one of the question's printed answers.
    expect(r.options).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/remapped answers \(900000100 → 900000199\) kept as concepts/);
  });

  it('does not give a code to a name that stands for two ids', async () => {
    const r = await importSmokingLookup(smoke('made-up-smoking-lookup.csv'));
    expect(r.concepts.filter((c) => c.conceptId === 900000102 || c.conceptId === 900000103).map((c) => c.code)).toEqual([null, null]);
    expect(r.notes.join('\n')).toMatch(/FakeSmoke_TwoIds names several concept ids/);
  });

  it('rejects an unknown type', () => expectSourceError(importSmokingLookup, smoke('made-up-smoking-lookup-bad-type.csv'), [/row 2/, /field "type"/]));
  it('rejects an empty file', () => expectSourceError(importSmokingLookup, smoke('made-up-empty.csv'), [/empty/]));

  it('reads the real smoking_lookup.csv', async () => {
    const r = await importSmokingLookup(await realSource('curation:smoking_lookup.csv'));
    // smoking_lookup.csv line 15: "Parent","Smoking_DailySmokeStartingAge","3","1585864","0","40766333","1585864","",""
    expect(r.concepts).toContainEqual(
      expect.objectContaining({ code: 'Smoking_DailySmokeStartingAge', conceptId: 1585864, kind: 'question', standardConceptId: 40766333 }),
    );
    // line 2: Child Smoking_DailySmokeStartingAgePreferNotToAnswer 1585866 → 1585864 with value 903079 (standard 1177221)
    expect(r.concepts).toContainEqual(expect.objectContaining({ code: 'Smoking_DailySmokeStartingAgePreferNotToAnswer', conceptId: 1585866 }));
    expect(r.concepts).toContainEqual(expect.objectContaining({ conceptId: 903079, kind: 'answer', standardConceptId: 1177221 }));
    expect(r.options).toEqual([]);
    // lines 3-4: AttemptQuitSmoking_CompletelyQuitAgePreferNotToAnswer with 903062 and 1585872
    expect(r.concepts.find((c) => c.conceptId === 903062)?.code).toBeNull();
    expect(r.notes).toHaveLength(4);
  });
});

describe('importCopeSuppression', () => {
  const cope = (name: string) => fx(name, 'curation-cope-suppression');

  it('reads id/code pairs as COPE concepts (a last line without newline too)', async () => {
    const r = await importCopeSuppression(cope('made-up-cope-suppression.csv'));
    expect(r.concepts).toEqual([
      { conceptId: 900000201, code: 'fake_cope_q1', kind: null, module: 'cope', prov: { source: 'fixture:made-up-cope-suppression.csv', at: 'row 2' } },
      { conceptId: 900000202, code: 'fake_cope_q2', kind: null, module: 'cope', prov: { source: 'fixture:made-up-cope-suppression.csv', at: 'row 3' } },
    ]);
  });

  it('rejects a code listed twice', () => expectSourceError(importCopeSuppression, cope('made-up-cope-suppression-dup.csv'), [/row 3/, /field "concept_code"/, /row 2/]));
  it('rejects an empty code', () => expectSourceError(importCopeSuppression, cope('made-up-cope-suppression-no-code.csv'), [/row 2/, /field "concept_code"/]));
  it('rejects a wrong header', () => expectSourceError(importCopeSuppression, cope('made-up-cope-suppression-wrong-header.csv'), [/row 1/, /field "concept_id"/]));

  it('reads both real suppression lists', async () => {
    const rt = await importCopeSuppression(await realSource('curation:rt_cope_suppression.csv'));
    // rt_cope_suppression.csv line 2: 596884,cdc_covid_xx
    expect(rt.concepts[0]).toMatchObject({ conceptId: 596884, code: 'cdc_covid_xx', module: 'cope' });
    expect(rt.concepts).toHaveLength(46);
    const ct = await importCopeSuppression(await realSource('curation:rt_ct_cope_suppression.csv'));
    // rt_ct_cope_suppression.csv line 2: 702686,nhs_covid_fhc17b_cope_a_226
    expect(ct.concepts[0]).toMatchObject({ conceptId: 702686, code: 'nhs_covid_fhc17b_cope_a_226' });
    expect(ct.concepts).toHaveLength(65);
  });
});
