// Follow-ups whose own wording matched no page used to take their parent question's page: the
// checklist, pages before where they are printed (audit: Cancer_HeadNeckCancerCurrently at PMH
// English p.7, printed p.10). Each page below is read here with pdftotext (an independent reader,
// test/helpers/pdftotext-flow.ts): the follow-up's first printed words on that page, under the
// heading of the answer that opens it; or the answer that opens an entry box, printed as that box
// ("o Other lung condition: [FREE TEXT]"); or nothing printed at all, and then no page.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** A printed line without its bullet ("o", "●", "•", "▪", "❏"). */
const unbullet = (l: string) => fold(l.replace(/^(o|[●•▪❏○])\s+/, ''));
const isHeading = (l: string) => /^(o|[●•❏])\s/.test(l);

function pageOf(code: string, file: string): number | undefined {
  return db
    .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
    .pluck()
    .get(code, file) as number | undefined;
}

const pages = async (file: string) => pdfPages((await realSource(`pdf:${file}`)).path);

// [PDF, code, page where printed, heading printed above it, its first printed words]
const UNDER_HEADING: [string, string, number, string, string][] = [
  // PMH English p.10: "o Head and Neck cancer", "▪ Are you still seeing a doctor ... for this condition?"
  ['Personal_Medical_History_Survey_English.pdf', 'Cancer_HeadNeckCancerCurrently', 10, 'Head and Neck cancer', 'Are you still seeing a doctor'],
  ['Personal_Medical_History_Survey_English.pdf', 'Cancer_HowOldWereYouHeadNeckCancer', 10, 'Head and Neck cancer', 'About how old were you when'],
  // p.11, top: the third follow-up of the heading printed at the foot of p.10.
  ['Personal_Medical_History_Survey_English.pdf', 'Cancer_RxMedsforHeadNeckCancer', 11, 'Head and Neck cancer', 'Are you currently prescribed medications'],
  // p.33 "o Dementia (includes Alzheimer's, vascular, etc.)" (the brain checklist is p.31).
  ['Personal_Medical_History_Survey_English.pdf', 'NervousSystem_RxMedsforDementia', 33, 'Dementia', 'Are you currently prescribed medications'],
  ['Personal_Medical_History_Survey_English.pdf', 'MentalHealth_RxMedsOtherCondition', 40, 'Other mental health', 'Are you currently prescribed medications'],
  // PMH Spanish p.12: "o Cáncer de cabeza y cuello", "▪ ¿Todavía está viendo a algún médico ...?"
  ['Personal_Medical_History_Survey_Spanish.pdf', 'Cancer_HeadNeckCancerCurrently', 12, 'Cáncer de cabeza y cuello', 'Todavía está viendo a algún médico'],
];

// [PDF, entry box, page where its answer is printed as its box ("o Otro cáncer: [FREE TEXT]"), the answer]
// The answer's line in its question's checklist is pages before (PMH English hormone p.16, Spanish
// cancer p.8): an audit found such checklist pages wrong for 6 of 15 boxes.
const ENTRY_BOXES: [string, string, number, string][] = [
  ['Personal_Medical_History_Survey_English.pdf', 'OtherHormoneEndocrine_FreeTextBox', 17, 'Other hormone/endocrine condition'],
  ['Personal_Medical_History_Survey_English.pdf', 'OtherRespiratory_FreeTextBox', 6, 'Other lung condition'],
  ['Personal_Medical_History_Survey_Spanish.pdf', 'OtherCancer_FreeTextBox', 15, 'Otro cáncer'],
  ['Personal_Medical_History_Survey_Spanish.pdf', 'OtherKidneyCondition_FreeTextBox', 24, 'Otras enfermedades del riñón'],
  ['Personal_Medical_History_Survey_Spanish.pdf', 'OtherMentalHealthSubstanceUse_FreeTextBox', 49, 'Otras enfermedades relacionadas con la salud mental o el abuso de sustancias'],
];
// [PDF, entry box, page, its answer]: the answer printed once, then (its branching line and) "Please
// specify" or "(PPI… optional free text)". An audit of every such page (14 rows, pdftotext) found
// none wrong; a label printed so twice (nested lists' "None of these fully describe me") gives none.
const SPECIFY_BOXES: [string, string, number, string][] = [
  ['The_Basics.pdf', 'SexAtBirthNoneOfThese_SexAtBirthTextBox', 5, 'None of these describe me'],
  ['1586134.pdf', 'SexAtBirthNoneOfThese_SexAtBirthTextBox', 4, 'None of these describe me'],
  ['The_Basics.pdf', 'SpecifiedGender_SpecifiedGenderTextBox', 5, 'None of these describe me, and I want to specify'],
  ['The_Basics_Spanish.pdf', 'SpecifiedGender_SpecifiedGenderTextBox', 5, 'Ninguna de estas me describe, y quiero especificar'],
  ['The_Basics.pdf', 'SomethingElse_SexualitySomethingElseTextBox', 6, 'No, I mean something else'],
  ['1586134.pdf', 'SomethingElse_SexualitySomethingElseTextBox', 5, 'No, I mean something else'],
  ['The_Basics.pdf', 'OtherHealthPlan_FreeText', 8, 'Any other type of health insurance or health coverage plan'],
  ['The_Basics_Spanish.pdf', 'OtherHealthPlan_FreeText', 7, 'Otro tipo de seguro médico o plan de cobertura médica'],
  ['COPE_survey_May_2020_English.pdf', 'cu_covid_cope_a_204', 11, 'Other'],
  ['COPE_survey_Nov_2020_English.pdf', 'basics_11a_cope_a_33', 18, 'Any other type of health insurance or health coverage plan'],
];
// [PDF, entry box, its answer]: the answer is never printed as a box in that PDF, so no page.
const UNPRINTED_BOXES: [string, string, string][] = [
  ['Personal_Medical_History_Survey_English.pdf', 'OtherCancer_FreeTextBox', 'Other cancer'],
  ['Personal_Medical_History_Survey_English.pdf', 'OtherArthritis_FreeTextBox', 'Other arthritis'],
];

describe('follow-ups whose wording matched no page', () => {
  it.each(UNDER_HEADING)('%s %s: p.%i, under its answer\'s heading', async (file, code, page, heading, words) => {
    const lines = (await pages(file)).map((p) => p.map((l) => l.text));
    // The words on that page (a generic follow-up is printed under several headings), each with
    // the nearest heading above it, reading back across the page break.
    const headings = lines[page - 1]!.flatMap((l, at) =>
      fold(l).includes(fold(words)) ? [unbullet([...lines.slice(0, page - 1).flat(), ...lines[page - 1]!.slice(0, at + 1)].reverse().find(isHeading) ?? '')] : [],
    );
    expect(headings.length, `"${words}" on p.${page}`).toBeGreaterThan(0);
    expect(headings.filter((h) => h.includes(fold(heading))), headings.join(' | ')).toHaveLength(1);
    expect(pageOf(code, file)).toBe(page);
  });

  it.each(ENTRY_BOXES)('%s %s: p.%i, where its answer is printed as a box', async (file, code, page, answer) => {
    const boxed = (await pages(file)).flatMap((p, i) => (fold(p.map((l) => l.text).join(' ')).includes(`${fold(answer)} free text`) ? [i + 1] : []));
    expect(boxed).toEqual([page]);
    expect(pageOf(code, file)).toBe(page);
  });

  it.each(SPECIFY_BOXES)('%s %s: p.%i, where its answer is printed once, then "Please specify"', async (file, code, page, answer) => {
    const want = fold(answer);
    // Each print of the answer on a line of its own, its branching line then "Please specify" next
    // (not "Other reason—please specify", May 2020 p.38), or with its box: "… (PPI1585850 optional free text)".
    const boxed = (await pages(file)).flatMap((p, i) =>
      p.flatMap((l, at) => {
        const line = unbullet(l.text).replace(/^ppi\d+ /, '');
        if (line !== want && !line.startsWith(`${want} ppi`)) return [];
        if (line.endsWith('optional free text')) return [i + 1];
        const next = p.slice(at + 1, at + 5).map((n) => fold(n.text)).join(' ').replace(/^branching logic .*? selected (then )?/, '');
        return /^(please specify|por favor especifique)/.test(next) ? [i + 1] : [];
      }),
    );
    expect(boxed).toEqual([page]);
    expect(pageOf(code, file)).toBe(page);
  });

  it('a "Yes" followed by "Please specify" opens no select-all question there (COPE Dec 2020 p.7)', async () => {
    expect(db.prepare(`SELECT field_type FROM items WHERE code = 'copect_63_xx20'`).pluck().get()).toBe('multiple');
    // The page is its own by the codebook's November 2020 wording, printed there word for word
    // (other-wording-pages.ts), not by the "Yes" of another question above it.
    const file = 'COPE_survey_Dec_2020_English.pdf';
    const method = db.prepare(`SELECT qp.method FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = 'copect_63_xx20' AND f.file = ?`).pluck();
    expect(method.get(file)).toBe('other-wording');
    const nov = db.prepare(`SELECT DISTINCT value FROM provenance p JOIN items i ON i.id = p.item_id WHERE i.code = 'copect_63_xx20' AND p.field = 'text.en' AND p.chosen = 0 AND value LIKE 'What medical care%'`).pluck().all() as string[];
    expect(nov).toHaveLength(1);
    const onPage = (await pages(file)).flatMap((p, i) => (p.some((l) => fold(l.text).startsWith(fold(nov[0]!))) ? [i + 1] : []));
    expect(onPage).toEqual([7]);
    expect(pageOf('copect_63_xx20', file)).toBe(7);
    // Nested lists print "None of these fully describe me" then "Please specify" several times: the
    // label places none of their boxes. 1586134.pdf p.4 prints the White box's own concept ID,
    // "o PPI1585343 None of these fully describe me (PPI1585344 optional free text)": that places it.
    expect(db.prepare(`SELECT concept_id FROM items WHERE code = 'WhiteNoneOfTheseDescribeMe_WhiteFreeText'`).pluck().get()).toBe(1585344);
    expect(pageOf('WhiteNoneOfTheseDescribeMe_WhiteFreeText', '1586134.pdf')).toBe(4);
    expect(pageOf('WhiteNoneOfTheseDescribeMe_WhiteFreeText', 'The_Basics.pdf')).toBeUndefined();
  });

  it.each(UNPRINTED_BOXES)('%s %s: no page, its answer is printed as no box', async (file, code, answer) => {
    const text = fold((await pages(file)).flat().map((l) => l.text).join(' '));
    expect(text).toContain(fold(answer));
    expect(text).not.toContain(`${fold(answer)} free text`);
    expect(pageOf(code, file)).toBeUndefined();
  });

  it('a follow-up printed nowhere in a PDF has no page there, not its parent\'s', async () => {
    // FHH English prints no follow-up for yourself ("Are you still seeing a doctor ..."): those are PFHH's and PMH's.
    const fhh = (await pages('Family_Health_History_Survey_English.pdf')).flat().map((l) => fold(l.text)).join(' ');
    expect(fhh).not.toContain('still seeing a doctor');
    expect(fhh).toContain('who in your family has had bladder cancer');
    for (const code of ['Cancer_BladderCancerCurrently', 'Cancer_HowOldWereYouBladderCancer', 'Cancer_RxMedsforBladderCancer']) {
      expect(pageOf(code, 'Family_Health_History_Survey_English.pdf'), code).toBeUndefined();
    }
    // PFHH prints no per-relative grid ("Please indicate if your father ...", FHH 2018 43528698.pdf p.4).
    const pfhh = (await pages('Personal_and_Family_Health_History.pdf')).flat().map((l) => fold(l.text)).join(' ');
    expect(pfhh).not.toContain('indicate if your father');
    expect(pageOf('DiagnosedHealthCondition_FatherCancerCondition', 'Personal_and_Family_Health_History.pdf')).toBeUndefined();
  });

  it('The Basics race list\'s "None of these fully describe me" and its free text: none of the nested lists\' pages', async () => {
    // Each nested list (p.2-4) ends with a same-named answer; the main list's is p.5 (English,
    // indented as the main answers) and p.4 (Spanish "Ninguna de estas me describe completamente").
    const at = async (file: string, label: string, indent: number) =>
      (await pages(file)).flatMap((p, i) => (p.some((l) => l.indent === indent && unbullet(l.text) === fold(label)) ? [i + 1] : []));
    expect(await at('The_Basics.pdf', 'None of these fully describe me', 4)).toEqual([5]);
    expect(await at('The_Basics_Spanish.pdf', 'Ninguna de estas me describe completamente', 4)).toEqual([4]);
    const nested = (await pages('The_Basics.pdf')).flatMap((p, i) => (p.some((l) => l.indent > 4 && unbullet(l.text) === fold('None of these fully describe me')) ? [i + 1] : []));
    expect(nested).toEqual([2, 3, 4]);
    for (const code of ['WhatRaceEthnicity_RaceEthnicityNoneOfThese', 'RaceEthnicityNoneOfThese_RaceEthnicityFreeTextBox']) {
      for (const [file, right] of [['The_Basics.pdf', 5], ['The_Basics_Spanish.pdf', 4], ['1586134.pdf', 4]] as const) {
        const page = pageOf(code, file);
        expect(page === undefined || page === right, `${code} ${file} p.${page}`).toBe(true);
      }
    }
  });

  it('a follow-up takes no page in another survey\'s PDF, where a twin of it is printed', async () => {
    // FHH's "Who in your family has had obesity?" and PFHH's "Including yourself, who in your family
    // has had obesity?" share their parent question; PFHH p.90 prints its own, under its own concept.
    const p90 = (await pages('Personal_and_Family_Health_History.pdf'))[89]!.map((l) => fold(l.text)).join(' ');
    expect(p90).toContain('including yourself who in your family has had obesity');
    expect(pageOf('otherhealthcondition_obesity_yes', 'Personal_and_Family_Health_History.pdf')).toBe(90);
    for (const file of ['Personal_and_Family_Health_History.pdf', 'Survey_PaFHH_spn_Src.pdf']) {
      for (const code of ['DiagnosedHealthCondition_Obesity_yes', 'circulatorycondition_coronaryarteryheartdisease_yes']) expect(pageOf(code, file), `${code} ${file}`).toBeUndefined();
    }
    // HCAU's Insurance_TypeOfInsurance: The Basics p.7 prints the same words as its own question.
    expect(pageOf('HealthInsurance_InsuranceTypeUpdate', 'The_Basics.pdf')).toBe(7);
    expect(pageOf('Insurance_TypeOfInsurance', 'The_Basics.pdf')).toBeUndefined();
    // Every page of the index is in a PDF of one of the question's own surveys.
    const outside = db
      .prepare(`SELECT i.code, d.file FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id
        WHERE NOT EXISTS (SELECT 1 FROM item_modules im WHERE im.item_id = qp.item_id AND im.module_id = d.module_id)`)
      .raw()
      .all();
    expect(outside).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM question_pages').pluck().get()).toBeGreaterThan(5000);
  });

  it('no follow-up takes its parent\'s page any more without its wording or its answer printed there', () => {
    const methods = Object.fromEntries(db.prepare('SELECT method, count(*) FROM question_pages GROUP BY method').raw().all() as [string, number][]);
    expect(methods['anchored']).toBeGreaterThan(50);
    // Before: 1044 'parent' rows; 903 had pages the follow-up is not printed on, and the entry
    // boxes given their answer's checklist page were wrong 6 times in 15. Left: one short wording
    // printed on its parent's page only, once a page needs a whole line for it
    // (generic-wording-pages.test.ts reads it with pdftotext). The other, the travel question's
    // "number of days", was an entry prompt: its printed wording is found there itself (field-prompts.ts).
    const parent = db.prepare(`SELECT i.code, f.file, qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents f ON f.id = qp.document_id WHERE qp.method = 'parent' ORDER BY i.code`).raw().all();
    expect(parent).toEqual([['OrganTransplant_Date', '1585710.pdf', 5]]);
    expect(db.prepare(`SELECT f.file, qp.page, qp.method FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents f ON f.id = qp.document_id
      WHERE i.code = 'OutsideTravel6Month_OutsideTravel6MonthHowLong' AND f.file = 'Overall_Health.pdf'`).raw().all()).toEqual([['Overall_Health.pdf', 7, 'exact']]);
  });
});
