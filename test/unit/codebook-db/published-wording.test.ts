// English wordings an audit found wrong (issue 12): the wording the survey's published PDF
// prints wins over a templated or shifted one. Each expected value is re-read from the raw files
// (pdftotext, CSV parsing), not from the importers.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { flow } from '../../helpers/pdftotext-flow';
import { readFileSync } from 'node:fs';
import { derivedCsvRows, rawPath } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());
const textEn = (code: string) => (db.prepare('SELECT text_en FROM items WHERE code = ?').get(code) as { text_en: string } | undefined)?.text_en;
const conflicts = (code: string) =>
  db.prepare(`SELECT chosen, other, other_source FROM conflicts WHERE subject = lower(?) AND field = 'text.en'`).all(code) as { chosen: string; other: string; other_source: string }[];
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('COPE vaccine doses 3 and 5 to 17', () => {
  const doses = ['cdc_covid_xx_dose3', ...Array.from({ length: 13 }, (_, i) => `cdc_covid_xx_dose${i + 5}`)];

  it('take the field label the allofus codebook gives, the wording the Winter 2021 PDF prints', async () => {
    // roux-ohdsi__allofus/_derived_csv/aou_codebook.csv: field_label of each dose code
    // (e.g. line 773, cdc_covid_xx_dose15: "...boosters or additional full doses of the COVID-19 vaccine.").
    const rows = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
    const pdf = fold(flow(await rawPath('pdf:COPE_survey_Winter_2021_English.pdf'), 1, 12).text);
    for (const code of doses) {
      const label = rows.find((r) => r.v.concept_code === code)!.v.field_label!;
      expect(label).toMatch(/boosters or additional full doses of the COVID-19 vaccine/);
      expect(textEn(code), code).toBe(label);
      // Winter 2021 English p.6 (dose 3) and p.9 (the repeated dose question) print this wording.
      expect(pdf).toContain(fold(label));
    }
  });

  it('record the templated "N full doses" wording as a disagreement', () => {
    // data-browser survey_metadata.csv data row 45: "...boosters or 15 full doses of the COVID-19 vaccine?"
    const c = conflicts('cdc_covid_xx_dose15');
    expect(c).toContainEqual(expect.objectContaining({ other: expect.stringContaining('boosters or 15 full doses'), other_source: expect.stringContaining('survey_metadata.csv') }));
    expect(c.every((x) => x.chosen.includes('additional full doses'))).toBe(true);
  });
});

describe('COPE adverse reactions after doses 4 to 17 (session 19 audit)', () => {
  const doses = Array.from({ length: 14 }, (_, i) => `cdc_covid_xx_symptom_dose${i + 4}`);

  it('take the allofus codebook wording the Winter 2021 and New Year 2022 PDFs print, not the templated "Nth dose of"', async () => {
    const rows = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
    for (const doc of ['pdf:COPE_survey_Winter_2021_English.pdf', 'pdf:COPE_survey_New_Year_2022_English.pdf']) {
      const pdf = fold(flow(await rawPath(doc), 1, 12).text);
      for (const code of doses) {
        const label = rows.find((r) => r.v.concept_code === code)!.v.field_label!;
        expect(label, code).toMatch(/^Since receiving your additional COVID-19 vaccine, have you experienced/);
        expect(textEn(code), code).toBe(label);
        expect(pdf, doc).toContain(fold(label));
        expect(pdf).not.toContain(fold(`receiving ${code.slice(-2).replace(/^e/, '')}th dose of`));
      }
    }
  });

  it('keep the Data Browser\'s templated wording as a disagreement', () => {
    const c = conflicts('cdc_covid_xx_symptom_dose15');
    expect(c).toContainEqual(expect.objectContaining({ other: expect.stringContaining('Since receiving 15th dose of COVID-19 vaccine'), other_source: expect.stringContaining('survey_metadata.csv') }));
    expect(c.every((x) => x.chosen.startsWith('Since receiving your additional COVID-19 vaccine'))).toBe(true);
  });
});

describe('Overall Health organ transplant dates', () => {
  it('the skin transplant date is worded as the codebook sheet and the PDF print it', async () => {
    // codebook-to-fhir sheets/OverallHealth.csv line 137: Display "Date of skin transplant", OrganTransplant_SkinTransplantDate.
    // (Read line by line: the sheet has a stray quote further up that a strict CSV parser refuses.)
    const lines = readFileSync(await rawPath('codebook-to-fhir:OverallHealth.csv'), 'utf8').split(/\r?\n/);
    const at = lines.findIndex((l) => l.split(',')[5] === 'OrganTransplant_SkinTransplantDate');
    expect(at + 1).toBe(137);
    const display = lines[at]!.split(',')[0];
    expect(display).toBe('Date of skin transplant');
    expect(textEn('OrganTransplant_SkinTransplantDate')).toBe(display);
    expect(fold(flow(await rawPath('pdf:Overall_Health.pdf'), 1, 8).text)).toContain('date of skin transplant');
    // The payload's "Date of heart transplant" (overall_health.json group.question[34]) stays a disagreement.
    expect(conflicts('OrganTransplant_SkinTransplantDate')).toContainEqual(
      expect.objectContaining({ chosen: 'Date of skin transplant', other: 'Date of heart transplant', other_source: expect.stringContaining('overall_health.json') }),
    );
    expect(textEn('OrganTransplant_HeartTransplantDate')).toBe('Date of heart transplant');
  });
});
