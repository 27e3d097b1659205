import { describe, expect, it } from 'vitest';
import { importFhirQuestionnaire } from '../../../codebooks/importers/fhir-questionnaire';
import type { ImportResult } from '../../../codebooks/model/records';
import { fixtureSource, realEntries, realSource } from '../../helpers/sources';

const FIXTURE = 'fhir/made-up-questionnaire.json';
const run = async (file = fixtureSource(FIXTURE, 'fhir-questionnaire')) => importFhirQuestionnaire(file);
const concept = (r: ImportResult, code: string) => r.concepts.find((c) => c.code === code);

describe('importFhirQuestionnaire on a made-up questionnaire', () => {
  it('reads the module, its version and the questionnaire facts', async () => {
    const r = await run();
    expect(r.modules).toEqual([
      expect.objectContaining({ code: 'FakeModule', name: { en: 'Made-up Module' }, description: { en: 'A made-up module for tests.' } }),
    ]);
    expect(concept(r, 'FakeModule')).toMatchObject({ kind: 'module', text: { en: 'Made-up Module' } });
    expect(r.versions).toHaveLength(1);
    expect(r.versions[0]).toMatchObject({ module: 'FakeModule', version: 'V1.2.3', label: 'Made-up Module' });
    expect(r.versions[0]!.questions.map((q) => q.ref.code)).toEqual([
      'FakeModule_Q1',
      'FakeModule_Q7',
      'FakeModule_Q2',
      'FakeModule_Q3',
      'FakeModule_Q3DontKnow',
      'FakeModule_Q4',
      'FakeModule_Q4Part',
      'FakeModule_Q5',
      'FakeModule_Q6',
    ]);
    expect(r.meta.map((m) => [m.key, m.value])).toEqual([
      ['questionnaire:FakeModule:version', 'V1.2.3'],
      ['questionnaire:FakeModule:date', '2001-02-03T04:05:06+00:00'],
      ['questionnaire:FakeModule:status', 'published'],
      ['questionnaire:FakeModule:identifier', 'FAKE_FORM_1'],
    ]);
  });

  it('reads questions with English and Spanish text, field type and order', async () => {
    const r = await run();
    expect(concept(r, 'FakeModule_Q1')).toMatchObject({
      kind: 'question',
      module: 'FakeModule',
      text: { en: 'Made-up question one?', es: '¿Pregunta inventada uno?' },
      fieldType: 'single',
      order: 1,
      prov: { source: 'fixture:made-up-questionnaire.json', at: 'group.question[0]' },
    });
    expect(concept(r, 'FakeModule_Q2')).toMatchObject({ fieldType: 'multiple', order: 3 });
    expect(concept(r, 'FakeModule_Q3')).toMatchObject({ fieldType: 'text', text: { en: 'Made-up free text' } });
    expect(concept(r, 'FakeModule_Q3')!.text!.es).toBeUndefined();
    expect(concept(r, 'FakeModule_Q4')).toMatchObject({ fieldType: 'text' });
    expect(concept(r, 'FakeModule_Q4Part')).toMatchObject({ fieldType: 'date', parent: { code: 'FakeModule_Q4' }, topic: null });
    expect(concept(r, 'FakeModule_Q5')).toMatchObject({ fieldType: 'integer', topic: 'Made-up topic', parent: { code: 'FakeTopic_T1' } });
    expect(concept(r, 'FakeModule_Q6')).toMatchObject({ fieldType: 'descriptive' });
    expect(concept(r, 'FakeTopic_T1')).toMatchObject({ kind: 'topic', text: { en: 'Made-up topic' } });
  });

  it('drops a question text that only repeats the code', async () => {
    const r = await run();
    expect(concept(r, 'FakeModule_Q3DontKnow')).toMatchObject({ kind: 'question', fieldType: 'boolean' });
    expect(concept(r, 'FakeModule_Q3DontKnow')!.text).toBeUndefined();
    expect(r.notes.join('\n')).toMatch(/1 question text\(s\) were placeholders/);
  });

  it('reads options in order with labels, and answers as concepts', async () => {
    const r = await run();
    const q1 = r.options.filter((o) => o.question.code === 'FakeModule_Q1');
    expect(q1.map((o) => [o.answer.code, o.position, o.label])).toEqual([
      ['FakeQ1_Yes', 1, { en: 'made-up yes', es: 'sí inventado' }],
      ['FakeQ1_No', 2, { en: 'made-up no', es: 'no inventado' }],
      ['FakePMI_DontKnow', 3, { en: "made-up don't know", es: 'no sé inventado' }],
    ]);
    expect(r.options.find((o) => o.answer.code === 'FakeQ2_B')!.label).toEqual({ en: 'made-up B' });
    expect(concept(r, 'FakeQ1_Yes')).toMatchObject({ kind: 'answer', parent: { code: 'FakeModule_Q1' }, text: { en: 'made-up yes', es: 'sí inventado' } });
    // Listed under two questions with different labels: no single parent or text.
    expect(concept(r, 'FakePMI_DontKnow')).toMatchObject({ kind: 'answer', parent: null, text: undefined });
    expect(r.concepts.filter((c) => c.code === 'FakePMI_DontKnow')).toHaveLength(1);
  });

  it('turns a question nested in an option into a branching rule, and nothing else', async () => {
    const r = await run();
    expect(r.branching).toEqual([
      expect.objectContaining({
        child: { code: 'FakeModule_Q7' },
        parent: { code: 'FakeModule_Q1' },
        answers: [{ code: 'FakeQ1_No' }],
        when: 'shown',
      }),
    ]);
    expect(concept(r, 'FakeModule_Q7')).toMatchObject({ parent: { code: 'FakeModule_Q1' }, order: 2 });
  });

  it('reports Spanish coverage in the notes', async () => {
    const r = await run();
    expect(r.notes).toContain('Spanish text: questions 6/9, options 5/6');
  });
});

describe('importFhirQuestionnaire on the real api-payloads files', () => {
  it('lifestyle.json: Smoking_SmokeFrequency in English and Spanish with its options', async () => {
    const r = await importFhirQuestionnaire(await realSource('api-payloads:lifestyle.json'));
    // lifestyle.json line 151 (code), line 269 (text), line 142 (Spanish, \u00bf escaped in the file)
    expect(concept(r, 'Smoking_SmokeFrequency')).toMatchObject({
      kind: 'question',
      module: 'Lifestyle',
      fieldType: 'single',
      order: 2,
      text: { en: 'Do you now smoke cigarettes every day, some days, or not at all?', es: 'Actualmente, ¿Con que frecuencia fuma usted cigarrillos?' },
    });
    // lifestyle.json lines 168-176: first option, "every day" / "todos los d\u00edas"
    expect(r.options.find((o) => o.question.code === 'Smoking_SmokeFrequency')).toMatchObject({
      answer: { code: 'SmokeFrequency_EveryDay' },
      position: 1,
      label: { en: 'every day', es: 'todos los días' },
    });
    // lifestyle.json line 6 (root concept code), line 4223 (title), line 4232 (version), line 2 (date)
    expect(r.modules[0]).toMatchObject({ code: 'Lifestyle', name: { en: 'lifestyle' } });
    expect(r.versions[0]).toMatchObject({ module: 'Lifestyle', version: '169' });
    expect(r.meta).toContainEqual(expect.objectContaining({ key: 'questionnaire:Lifestyle:date', value: '2017-12-20T21:02:54+00:00' }));
    // lifestyle.json lines 304 and 310: a checkbox whose text is its own code
    expect(concept(r, 'Smoking_DailySmokeStartingAgeDontKnow')!.text).toBeUndefined();
    expect(r.notes).toContain('Spanish text: questions 31/42, options 142/142');
    expect(r.branching).toEqual([]);
  });

  it('basics.json: version and coverage as SOURCES.md states them', async () => {
    const r = await importFhirQuestionnaire(await realSource('api-payloads:basics.json'));
    // basics.json line 6 (TheBasics), line 8026 (version)
    expect(r.versions[0]).toMatchObject({ module: 'TheBasics', version: 'V10.21.19' });
    expect(r.versions[0]!.questions).toHaveLength(81);
    expect(r.notes).toContain('Spanish text: questions 75/81, options 218/395');
  });

  it('COPE.json: version and coverage', async () => {
    const r = await importFhirQuestionnaire(await realSource('api-payloads:COPE.json'));
    // COPE.json line 19706 (version)
    expect(r.versions[0]).toMatchObject({ module: 'COPE', version: 'V2020.07.07' });
    expect(r.notes).toContain('Spanish text: questions 155/174, options 666/667');
  });

  it("leaves out the app's generic prompt for a choice, which is no question's wording", async () => {
    // DVEHRSharing.json line 89, basics.json lines 5575 (Spanish) and 5636: "Pick your answers from the following choices".
    const ehr = await importFhirQuestionnaire(await realSource('api-payloads:DVEHRSharing.json'));
    expect(concept(ehr, 'DVEHRSharing_AreYouInterested')).toMatchObject({ kind: 'question', fieldType: 'single', text: undefined });
    expect(ehr.notes.join('\n')).toMatch(/1 question text\(s\) were placeholders/);
    const basics = await importFhirQuestionnaire(await realSource('api-payloads:basics.json'));
    expect(concept(basics, 'Employment_EmploymentWorkAddress')).toMatchObject({ kind: 'question', text: undefined });
    // Its real questions keep their words.
    expect(concept(basics, 'Employment_EmploymentStatus')!.text!.es).toMatch(/^¿/);
    // basics.json line 5503 "Select your answer"; EMSIFeedbackSurvey.json line 85 "hint text";
    // ehr_consent.json lines 763 and 956: another question's code where the wording should be.
    expect(concept(basics, 'EmploymentWorkAddress_State')!.text).toBeUndefined();
    const emsi = await importFhirQuestionnaire(await realSource('api-payloads:EMSIFeedbackSurvey.json'));
    expect(concept(emsi, 'EMSIFeedback_Other_Option')!.text).toBeUndefined();
    const ehrConsent = await importFhirQuestionnaire(await realSource('api-payloads:ehr_consent.json'));
    expect(concept(ehrConsent, 'EHRConsentPII_TXandMAHIPPA')!.text).toBeUndefined();
    expect(concept(ehrConsent, 'EHRConsentPII_ILHIPPAReminder')!.text).toBeUndefined();
  });

  it('every manifest file of this format imports: one module, coded questions, no branching', async () => {
    const entries = realEntries('fhir-questionnaire');
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      const r = await importFhirQuestionnaire(await realSource(e.id));
      expect(r.modules, e.id).toHaveLength(1);
      expect(r.concepts.filter((c) => c.kind === 'question').length, e.id).toBeGreaterThan(0);
      expect(r.concepts.every((c) => c.code && c.module === r.modules[0]!.code), e.id).toBe(true);
      expect(r.branching, e.id).toEqual([]);
    }
  });
});
