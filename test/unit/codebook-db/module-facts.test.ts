// Exact facts of several modules, each value copied from the raw file named beside it (paths under
// ../shared/codebooks-raw/; "data row" counts rows after the header). The conformance test
// (test/unit/facts) compares every fact; these pin a few per module so a reader sees them.
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const item = (key: string) => {
  const d = showItem(db, key);
  if (!d) throw new Error(`${key} is not in the database`);
  return d;
};
// data-browser = all-of-us__data-browser/public-api/db-cdr/generate-cdr/csv

describe('The Basics', () => {
  it('IDs, wording and a rule', () => {
    // data-browser survey_metadata.csv data row 1: 1586135, "In what country were you born?", TheBasics_Birthplace, The Basics 1586134
    expect(item('TheBasics_Birthplace')).toMatchObject({ conceptId: 1586135, kind: 'question', survey: { slug: 'basics' } });
    expect(item('1586135').text.en).toBe('In what country were you born?');
    // data rows 2 and 3: Race_WhatRaceEthnicity 1586140; Asian_AsianSpecific 1586151, shown for answer 1586142 of 1586140
    expect(item('Race_WhatRaceEthnicity').conceptId).toBe(1586140);
    const asian = item('Asian_AsianSpecific');
    expect(asian.conceptId).toBe(1586151);
    expect(asian.branching).toContainEqual(expect.objectContaining({ parentConceptId: 1586140, when: 'shown' }));
    // all-of-us__curation/.../ppi_branching/basics.csv data row 1: keep,TheBasics_CountryBornTextBox,TheBasics_Birthplace,PMI_Other
    expect(item('TheBasics_CountryBornTextBox').branching).toContainEqual(
      expect.objectContaining({ parentCode: 'TheBasics_Birthplace', answerCodes: expect.arrayContaining(['PMI_Other']), when: 'shown' }),
    );
  });
});

describe('Lifestyle', () => {
  it('a drop rule with its three answers', () => {
    // curation lifestyle.csv data rows 1-3: drop,Smoking_SmokeFrequency,Smoking_100CigsLifetime,{100CigsLifetime_No, PMI_PreferNotToAnswer, PMI_DontKnow}
    const rule = item('Smoking_SmokeFrequency').branching.find((b) => b.source.startsWith('curation:lifestyle.csv'))!;
    expect(rule).toMatchObject({ parentCode: 'Smoking_100CigsLifetime', when: 'hidden' });
    expect([...rule.answerCodes].sort()).toEqual(['100CigsLifetime_No', 'PMI_DontKnow', 'PMI_PreferNotToAnswer']);
    // api-payloads questionnaire_payloads/lifestyle.json group.question[1]: es "Actualmente, ¿Con que frecuencia fuma usted cigarrillos?"
    expect(item('Smoking_SmokeFrequency').text.es).toBe('Actualmente, ¿Con que frecuencia fuma usted cigarrillos?');
  });
});

describe('Healthcare Access & Utilization', () => {
  it('ID, module, English and Spanish wording', () => {
    // data-browser survey_metadata.csv data row 87: 43530595, HealthAdvice_SpokenToProfessional, Healthcare Access & Utilization 43528895
    const d = item('HealthAdvice_SpokenToProfessional');
    expect(d).toMatchObject({ conceptId: 43530595, survey: { slug: 'hcau' } });
    // questionnaire_payloads/HealthcareAccess.json group.question[6]: text and its es translation
    expect(d.text.en?.trim()).toBe('About how long has it been since you last saw or talked to a doctor or other health care provider about your own health?');
    expect(d.text.es).toBe('Aproximadamente, ¿cuánto tiempo ha pasado desde la última vez que visitó o habló con un médico u otro proveedor de atención médica sobre su salud?');
    // ... option[0..1]: SpokenToProfessional_Never, SpokenToProfessional_6moOrLess
    expect(d.answers.map((a) => a.code)).toEqual(expect.arrayContaining(['SpokenToProfessional_Never', 'SpokenToProfessional_6moOrLess']));
  });
});

describe('COPE', () => {
  it('Spanish wording and answer labels of a symptoms question', () => {
    // questionnaire_payloads/COPE.json group.question[13] cdc_covid_19_7_xx23: es "¿Cuáles de los siguientes síntomas presentó? (elija todos los que correspondan)";
    // option[0] COPE_A_54 "A fever/feverish " / "Fiebre", option[1] COPE_A_20 "Cough " / "Tos"
    const d = item('cdc_covid_19_7_xx23');
    expect(d.survey?.slug).toBe('cope');
    expect(d.text.es).toBe('¿Cuáles de los siguientes síntomas presentó? (elija todos los que correspondan)');
    expect(d.answers.find((a) => a.code === 'COPE_A_54')?.text).toMatchObject({ en: expect.stringMatching(/^A fever\/feverish\s*$/), es: 'Fiebre' });
    expect(d.answers.find((a) => a.code === 'COPE_A_20')?.text.es).toBe('Tos');
  });
});

describe('Personal and Family Health History', () => {
  it('an answer concept ID under its question', () => {
    // data-browser pfhh_qa_metadata.csv data row 1: question 1740559 "... insomnia? Select all that apply.", answer 1384444 "... - Self"
    const d = item('1740559');
    expect(d.survey?.slug).toBe('pfhh');
    expect(d.text.en).toBe('Including yourself, who in your family has had insomnia? Select all that apply.');
    expect(d.answers.map((a) => a.conceptId)).toContain(1384444);
  });
});

describe('Social Factors of Health, EHHWB and BHP', () => {
  it('IDs, codes, modules and wording', () => {
    // data-browser survey_metadata.csv data row 182: 40192489 sdoh_eds_2 (Social Factors of Health 40192389)
    expect(item('sdoh_eds_2')).toMatchObject({ conceptId: 40192489, survey: { slug: 'sdoh' } });
    expect(item('40192489').text.en).toBe('In your day-to-day life, how often are you treated with less respect than other people?');
    // data-browser ehwb_survey_metadata.csv data row 1: 1703984 gad7_1 (1703970); bhp_survey_metadata.csv data row 1: 1703874 asrs_1 (1703870)
    expect(item('gad7_1')).toMatchObject({ conceptId: 1703984, survey: { slug: 'ehhwb' } });
    expect(item('asrs_1')).toMatchObject({ conceptId: 1703874, survey: { slug: 'bhp' } });
  });
});
