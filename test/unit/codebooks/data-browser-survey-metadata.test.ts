import { describe, expect, it } from 'vitest';
import { importSurveyMetadata } from '../../../codebooks/importers/data-browser/survey-metadata';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError, fixtureText, variant } from './data-browser-helpers';

const FORMAT = 'db-survey-metadata';
const fixture = () => fixtureSource('data-browser/made-up-survey_metadata.csv', FORMAT);

describe('importSurveyMetadata on the made-up file', () => {
  it('reads topics and questions with code, id, module, text, help, order and topic', async () => {
    const r = await importSurveyMetadata(fixture());
    expect(r.concepts.map((c) => c.code)).toEqual(['FakeModule_Topic1', 'FakeModule_Q1', 'FakeModule_Q2', 'FakeModule_Q3', 'OtherFake_Q1']);
    const [topic, q1, q2, q3, other] = r.concepts;
    expect(topic).toMatchObject({ kind: 'topic', conceptId: 990001, module: 'Fake Module', order: 1 });
    expect(q1).toMatchObject({ kind: 'question', conceptId: 990010, text: { en: 'Fake question one?' }, helpText: { en: 'A fake help text.' }, order: 2 });
    expect(q1!.parent).toEqual({ conceptId: 990001, code: 'FakeModule_Topic1' });
    expect(q1!.topic).toBe('Fake Topic One');
    expect(q1!.answerLabels).toEqual(['Fake Q1: Yes', 'Fake Q1: No', 'Skip']);
    expect(q2!.parent).toEqual({ conceptId: 990010 });
    expect(q2!.prov).toEqual({ source: 'fixture:made-up-survey_metadata.csv', at: 'row 4' });
    expect(q3!.parent).toEqual({ conceptId: 990010 });
    expect(other!.topic).toBeUndefined();
    expect(other!.answerLabels).toEqual(['Skip']);
  });

  it('gives one module per survey', async () => {
    const r = await importSurveyMetadata(fixture());
    expect(r.modules.map((m) => [m.conceptId, m.name?.en])).toEqual([
      [990000, 'Fake Module'],
      [991000, 'Other Fake Module'],
    ]);
  });

  it('keys options by concept id from paths and parent answers, without labels', async () => {
    const r = await importSurveyMetadata(fixture());
    expect(r.options.map((o) => [o.question.conceptId, o.answer.conceptId])).toEqual([
      [990010, 990011],
      [990010, 990012],
    ]);
    expect(r.options.every((o) => o.label === undefined)).toBe(true);
  });

  it('makes branching rules from parent question and answer, and keeps prose', async () => {
    const r = await importSurveyMetadata(fixture());
    const rules = r.branching.map((b) => [b.child.code, b.parent?.conceptId ?? null, b.answers.map((a) => a.conceptId), b.when, b.prose ?? null]);
    expect(rules).toEqual([
      ['FakeModule_Q2', 990010, [990011], 'shown', null],
      ['FakeModule_Q2', 990010, [], 'shown', 'Shown to fake participants who said yes\nor no.'],
      ['FakeModule_Q2', 990010, [990012], 'shown', null],
      ['FakeModule_Q3', 990010, [990012], 'shown', null],
    ]);
  });

  it('reads the older layout without help_text and branching_logic, ignoring a repeated question text', async () => {
    const r = await importSurveyMetadata(fixtureSource('data-browser/made-up-survey_metadata-snapshot.csv', FORMAT));
    expect(r.concepts).toHaveLength(2);
    expect(r.concepts[0]!.answerLabels).toBeUndefined();
    expect(r.concepts[0]!.module).toBe('fake');
    expect(r.branching.map((b) => b.prose ?? null)).toEqual([null]);
  });

  it('accepts a BOM and CRLF line ends', async () => {
    const text = '\uFEFF' + fixtureText('made-up-survey_metadata.csv').replace(/\n/g, '\r\n');
    const r = await importSurveyMetadata(variant('made-up-bom-crlf.csv', text, FORMAT));
    expect(r.concepts).toHaveLength(5);
    expect(r.concepts[2]!.prov.at).toBe('row 4');
  });
});

describe('importSurveyMetadata on malformed input', () => {
  const good = () => fixtureText('made-up-survey_metadata.csv');

  it('rejects a header without concept_id', async () => {
    await expectSourceError(importSurveyMetadata, variant('made-up-header.csv', good().replace('id,concept_id,', 'id,conceptid,'), FORMAT), /row 1/, 'concept_id');
  });

  it('rejects a truncated file', async () => {
    const text = good();
    await expectSourceError(importSurveyMetadata, variant('made-up-truncated.csv', text.slice(0, text.indexOf('Shown to fake') + 5), FORMAT), /row \d+/, null);
  });

  it('rejects a row with a missing field', async () => {
    const text = good().replace(',"2020-01-01 00:00:00",991010,991010,"",""', ',"2020-01-01 00:00:00",991010,"",""');
    await expectSourceError(importSurveyMetadata, variant('made-up-short.csv', text, FORMAT), /row 7 \(line 8\)/, 'branching_logic');
  });

  it('rejects Latin-1 bytes, naming the line', async () => {
    const bytes = Buffer.from(good().replace('A fake help text.', 'A fak\u00e9 help text.'), 'latin1');
    await expectSourceError(importSurveyMetadata, variant('made-up-latin1.csv', bytes, FORMAT), /line 3/, null);
  });

  it('rejects an empty file and a corrupt binary file', async () => {
    await expectSourceError(importSurveyMetadata, variant('made-up-empty.csv', '', FORMAT), null, null);
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xfe, 0x00, 0x9c]);
    await expectSourceError(importSurveyMetadata, variant('made-up-binary.csv', binary, FORMAT), /line 1/, null);
  });

  it('rejects an unknown type', async () => {
    const text = good().replace('"Fake Topic One","TOPIC"', '"Fake Topic One","SECTION"');
    await expectSourceError(importSurveyMetadata, variant('made-up-type.csv', text, FORMAT), /row 2/, 'type');
  });

  it('rejects a repeated concept and path', async () => {
    const text = good().replace('"990010.990012.990020"', '"990010.990011.990020"');
    await expectSourceError(importSurveyMetadata, variant('made-up-duplicate.csv', text, FORMAT), /row 5 \(line 6\).*repeats row 4$/, 'path');
  });

  it('rejects a sub-question whose parent question is missing', async () => {
    const text = good().replace(',990010,990012,"",""\n5,', ',990777,990012,"",""\n5,');
    await expectSourceError(importSurveyMetadata, variant('made-up-orphan.csv', text, FORMAT), /row 5 \(line 6\)/, 'parent_question_concept_id');
  });

  it('rejects a concept id that is not a number', async () => {
    const text = good().replace('6,991010,', '6,FakeId,');
    await expectSourceError(importSurveyMetadata, variant('made-up-id.csv', text, FORMAT), /row 7 \(line 8\)/, 'concept_id');
  });
});

describe('importSurveyMetadata on the real Data Browser files', () => {
  it('reads the current survey_metadata.csv', async () => {
    const r = await importSurveyMetadata(await realSource('data-browser:survey_metadata.csv'));
    // survey_metadata.csv line 53: 57,1585860,"Do you now smoke cigarettes every day, some days, or not at all?",
    // "Smoking_SmokeFrequency","Lifestyle",1585855,...,"1585857.1585858.1585860",...,1585857,1585858
    const smoke = r.concepts.find((c) => c.code === 'Smoking_SmokeFrequency');
    expect(smoke).toMatchObject({ kind: 'question', conceptId: 1585860, module: 'Lifestyle', order: 1, parent: { conceptId: 1585857 } });
    expect(smoke!.text?.en).toBe('Do you now smoke cigarettes every day, some days, or not at all?');
    expect(smoke!.prov.at).toBe('row 53');
    expect(smoke!.answerLabels).toContain('Smoke Frequency: Not At All');
    const rule = r.branching.find((b) => b.child.conceptId === 1585860);
    expect(rule).toMatchObject({ parent: { conceptId: 1585857 }, answers: [{ conceptId: 1585858 }], when: 'shown' });
    expect(r.options).toContainEqual(expect.objectContaining({ question: { conceptId: 1585857 }, answer: { conceptId: 1585858 } }));
    // line 222: 2736,43528516,"Cancer Conditions","PersonalMedicalHistory_Cancer",...,"TOPIC"
    expect(r.concepts.find((c) => c.conceptId === 43528516)).toMatchObject({ kind: 'topic', text: { en: 'Cancer Conditions' } });
    // line 968: pcl_1 has branching_logic prose starting "Shown to participants who answered 'Yes, within the last 12 months'"
    const prose = r.branching.find((b) => b.child.code === 'pcl_1' && b.prose);
    expect(prose!.prose).toMatch(/^Shown to participants who answered 'Yes, within the last 12 months'/);
    expect(r.branching.filter((b) => b.prose)).toHaveLength(10);
    expect(r.modules.map((m) => m.conceptId).sort()).toEqual([1585710, 1585855, 1586134, 1703870, 1703970, 40192389, 43528895, 43529712]);
  });

  it('reads both snapshots, with their retired modules', async () => {
    const old = await importSurveyMetadata(await realSource('data-browser@5552db7:survey_metadata.csv'));
    // 5552db7 survey_metadata.csv line 1002: 57,1585860,...,"Smoking_SmokeFrequency"
    expect(old.concepts.find((c) => c.code === 'Smoking_SmokeFrequency')!.conceptId).toBe(1585860);
    expect(old.modules.map((m) => m.name?.en)).toContain('Family Health History');
    // The 2022 file repeats the question text in question_string: no answer labels.
    expect(old.concepts.every((c) => !c.answerLabels)).toBe(true);
    const mid = await importSurveyMetadata(await realSource('data-browser@48667b5:survey_metadata.csv'));
    expect(mid.modules.map((m) => m.name?.en)).toEqual(expect.arrayContaining(['cope', 'Winter Minute Survey on COVID-19 Vaccines']));
    expect(mid.branching.some((b) => b.prose)).toBe(false);
  });

  it('reads bhp_survey_metadata.csv', async () => {
    const r = await importSurveyMetadata(await realSource('data-browser:bhp_survey_metadata.csv'));
    // bhp_survey_metadata.csv line 2: 4000,1703874,"During the past 6 months How often ...","asrs_1",...,1703870
    expect(r.concepts[0]).toMatchObject({ code: 'asrs_1', conceptId: 1703874, module: 'Behavioral Health and Personality' });
    expect(r.modules).toEqual([expect.objectContaining({ conceptId: 1703870 })]);
  });

  it('repairs the one known defect of ehwb_survey_metadata.csv and says so', async () => {
    // ehwb_survey_metadata.csv line 75 (3417,1703998,...,"mhqukb_6"): 16 fields, question_string is missing;
    // codebooks/sources/known-defects.ts names it by the file's SHA-256.
    const r = await importSurveyMetadata(await realSource('data-browser:ehwb_survey_metadata.csv'));
    expect(r.notes.some((n) => /row 75 repaired/.test(n))).toBe(true);
    expect(r.concepts.find((c) => c.code === 'mhqukb_6')).toMatchObject({ conceptId: 1703998 });
  });

  it('still rejects a short record that is not a known defect', async () => {
    const entry = { ...(await realSource('data-browser:ehwb_survey_metadata.csv')) };
    const changed = { ...entry, entry: { ...entry.entry, sha256: '0'.repeat(64) } };
    await expectSourceError(importSurveyMetadata, changed, /row 75\b/, 'parent_answer_concept_id');
  });
});
