// question_concept.csv and survey_concept_relationship.csv.
import { describe, expect, it } from 'vitest';
import { importConceptRelationship } from '../../../codebooks/importers/data-browser/concept-relationship';
import { DATA_BROWSER_IMPORTERS } from '../../../codebooks/importers/data-browser/index';
import { importQuestionConcept } from '../../../codebooks/importers/data-browser/question-concept';
import { fixtureSource, realEntries, realSource } from '../../helpers/sources';
import { expectSourceError, fixtureText, variant } from './data-browser-helpers';

describe('importQuestionConcept', () => {
  const FORMAT = 'db-question-concept';
  it('reads questions, listed answers and path branching', async () => {
    const r = await importQuestionConcept(fixtureSource('data-browser/made-up-question_concept.csv', FORMAT));
    expect(r.concepts.map((c) => [c.code, c.kind, c.parent?.conceptId ?? null, c.order])).toEqual([
      ['FakeModule_Q1', 'question', null, 1],
      ['FakeModule_Q2', 'question', 990010, 2],
      ['FakeModule_Skip', 'answer', 990010, null],
      ['FakeModule_Q4', 'question', 990010, null],
      ['FakeModule_Category', null, null, null],
    ]);
    expect(r.options.map((o) => [o.question.conceptId, o.answer.conceptId])).toEqual([
      [990010, 990011],
      [990010, 990099],
    ]);
    expect(r.branching).toEqual([expect.objectContaining({ child: { code: 'FakeModule_Q2', conceptId: 990020 }, parent: { conceptId: 990010 }, answers: [{ conceptId: 990011 }] })]);
    expect(r.modules).toEqual([expect.objectContaining({ conceptId: 990000, name: { en: 'Fake Module' } })]);
  });

  it('rejects a word in the path, a repeated row and a wrong header', async () => {
    const good = fixtureText('made-up-question_concept.csv');
    await expectSourceError(importQuestionConcept, variant('made-up-qc-path.csv', good.replace('"990010.990011.990020"', '"990010.FakeAnswer.990020"'), FORMAT), /row 3/, 'path');
    await expectSourceError(importQuestionConcept, variant('made-up-qc-dup.csv', good + good.split('\n')[2] + '\n', FORMAT), /row 7.*repeats row 3/, 'path');
    await expectSourceError(importQuestionConcept, variant('made-up-qc-header.csv', good.replace('question_order_number', 'order_number'), FORMAT), /row 1/, 'question_order_number');
  });

  it('reads the real question_concept.csv', async () => {
    const r = await importQuestionConcept(await realSource('data-browser:question_concept.csv'));
    // question_concept.csv line 388: 1585860,"Do you now smoke cigarettes every day, some days, or not at all?",
    // "Smoking_SmokeFrequency","Lifestyle",1585855,0,1,"1585857.1585858.1585860",1,1,1,NULL
    expect(r.concepts.find((c) => c.code === 'Smoking_SmokeFrequency')).toMatchObject({ conceptId: 1585860, kind: 'question', module: 'Lifestyle', parent: { conceptId: 1585857 } });
    // line 7: 903096," Skip","PMI_Skip","Family Health History",43528698,20,1,"43528515.903096.903096",0,...
    expect(r.options).toContainEqual(expect.objectContaining({ question: { conceptId: 43528515 }, answer: { conceptId: 903096 } }));
    expect(r.concepts.find((c) => c.conceptId === 903096)).toMatchObject({ kind: 'answer', code: 'PMI_Skip' });
  });
});

describe('importConceptRelationship', () => {
  const FORMAT = 'db-concept-relationship';
  it('puts each question in its module, by concept id', async () => {
    const r = await importConceptRelationship(fixtureSource('data-browser/made-up-survey_concept_relationship.csv', FORMAT));
    expect(r.concepts.map((c) => [c.conceptId, c.module, c.kind])).toEqual([
      [990010, '990000', null],
      [990020, '990000', null],
      [990020, '991000', null],
    ]);
  });

  it('rejects another relationship, a repeated pair and an empty id', async () => {
    const good = fixtureText('made-up-survey_concept_relationship.csv');
    await expectSourceError(importConceptRelationship, variant('made-up-rel-kind.csv', good.replace('990020,991000,"Has Module"', '990020,991000,"Maps to"'), FORMAT), /row 4/, 'relationship_id');
    await expectSourceError(importConceptRelationship, variant('made-up-rel-dup.csv', good.replace('990020,991000', '990020,990000'), FORMAT), /row 4.*repeats row 3/, 'concept_id_2');
    await expectSourceError(importConceptRelationship, variant('made-up-rel-empty.csv', good.replace('990010,990000', ',990000'), FORMAT), /row 2/, 'concept_id_1');
  });

  it('reads the real survey_concept_relationship.csv', async () => {
    const r = await importConceptRelationship(await realSource('data-browser:survey_concept_relationship.csv'));
    // survey_concept_relationship.csv line 2: 702783,43528698,"Has Module"
    expect(r.concepts[0]).toMatchObject({ conceptId: 702783, module: '43528698', kind: null, prov: { at: 'row 2' } });
    expect(r.concepts).toHaveLength(1291);
  });
});

describe('DATA_BROWSER_IMPORTERS', () => {
  it('has an importer for every Data Browser format in the manifest', () => {
    for (const format of Object.keys(DATA_BROWSER_IMPORTERS)) expect(realEntries(format).length).toBeGreaterThan(0);
  });
});
