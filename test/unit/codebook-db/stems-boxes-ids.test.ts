// Session-8 audit of printed facts: a grid's stem printed alone is no row's print; an entry box is
// tied by the question printed above it; opening-answer words break no page tie; Spanish prints
// tied by alignment cite their sources; a printed PPI ID or a heading line places a question.
// Every page is read here with pdftotext (test/helpers/pdftotext-flow.ts), not the build's pdf.js.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { questionPage } from '../../helpers/question-page';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const lines = async (file: string) => pdfPages((await realSource(`pdf:${file}`)).path).map((p) => p.map((l) => l.text));
/** Pages (1-based) with a line starting with `start`. */
const pagesWith = async (file: string, start: string) => (await lines(file)).flatMap((p, i) => (p.some((l) => l.startsWith(start)) ? [i + 1] : []));

/** Items tied to the prints of `file` on `page` worded exactly `text`, in print order. */
function tiedTo(file: string, page: number, text: string): (string | null)[] {
  return db
    .prepare(`SELECT i.code FROM printed_questions p JOIN documents d ON d.id = p.document_id LEFT JOIN items i ON i.id = p.item_id WHERE d.file = ? AND p.page = ? AND p.text = ? ORDER BY p.sequence`)
    .pluck()
    .all(file, page, text) as (string | null)[];
}

const HCAU = 'Health_Care_Access_Utilization.pdf';
const STEM = "DURING THE PAST 12 MONTHS, was there any time when you needed any of the following, but didn't get it because you couldn't afford it?";

describe('a grid stem printed alone, and its rows', () => {
  it('HCAU: the "couldn\'t afford it" stem is tied to no item; "Eyeglasses" is CantAffordCare_Eyeglasses', async () => {
    // HCAU English p.11 and 43528895.pdf (2017) p.8 print the stem with no answers; the rows follow,
    // "Eyeglasses1" on p.12 (p.9 of the 2017 edition).
    for (const [file, stemPage, rowPage] of [[HCAU, 11, 12], ['43528895.pdf', 8, 9]] as const) {
      expect(await pagesWith(file, 'DURING THE PAST 12 MONTHS, was there any time when you')).toContain(stemPage);
      expect(await pagesWith(file, 'Eyeglasses')).toEqual([rowPage]);
      expect(tiedTo(file, stemPage, STEM)).toEqual([null]);
      expect(tiedTo(file, rowPage, 'Eyeglasses')).toEqual(['CantAffordCare_Eyeglasses']);
      expect(questionPage(db, 'CantAffordCare_Eyeglasses', file)).toBe(rowPage);
    }
    // Spanish p.9 prints the stem ("DURANTE LOS ÚLTIMOS 12 MESES, ¿en algún momento …"): no item either.
    const es = db
      .prepare(`SELECT p.item_id FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.file = ? AND p.text LIKE 'DURANTE LOS ÚLTIMOS 12 MESES, ¿en algún momento%'`)
      .pluck()
      .all('Health_Care_Access_Utilization_Spanish.pdf');
    expect(es).toEqual([null]);
    // The stem's footnote no longer links Eyeglasses; the row's own footnote 1 (NHIS) does.
    const links = db
      .prepare(`SELECT s.printed_text, n.short_name FROM question_sources s JOIN items i ON i.id = s.item_id JOIN instruments n ON n.id = s.instrument_id WHERE i.code = 'CantAffordCare_Eyeglasses' AND s.source = ?`)
      .all(`pdf:${HCAU}`);
    expect(links).toEqual([{ printed_text: 'Eyeglasses', short_name: 'NHIS' }]);
  });
});

describe('pages of follow-ups printed after their answer\'s heading', () => {
  it('PMH English: coronary artery disease\'s "currently prescribed medications" is on p.3, not the heading\'s p.2', async () => {
    for (const file of ['Personal_Medical_History_Survey_English.pdf', '43529712.pdf']) {
      const pages = await lines(file);
      // p.2 ends with the heading and two follow-ups; the third is the first question of p.3.
      expect(pages[1]!.some((l) => l.startsWith('o Coronary artery/coronary heart disease:'))).toBe(true);
      const p3 = pages[2]!.findIndex((l) => l.includes('Are you currently prescribed medications and/or receiving treatment for this'));
      const heartAttack = pages[2]!.findIndex((l) => l.startsWith('o Heart attack:'));
      expect(p3).toBeGreaterThanOrEqual(0);
      expect(p3).toBeLessThan(heartAttack);
      expect(questionPage(db, 'Circulatory_RxMedsforCoronaryArtery', file), file).toBe(3);
    }
  });
});

describe('entry boxes tied by the question printed above them', () => {
  it('Lifestyle.pdf p.2: each "Number of cigarettes per day:" box is its own question\'s, and the quit-age box', async () => {
    const p2 = (await lines('Lifestyle.pdf'))[1]!;
    const at = (s: string, from = 0) => p2.findIndex((l, i) => i >= from && l.startsWith(s));
    const now = at('On average, how many cigarettes do you smoke per day now?');
    const ever = at('On average, over the entire time that you smoked');
    expect(now).toBeGreaterThanOrEqual(0);
    expect(at('Number of cigarettes per day:', now)).toBeLessThan(ever);
    expect(at('Number of cigarettes per day:', ever)).toBeGreaterThan(ever);
    expect(tiedTo('Lifestyle.pdf', 2, 'Number of cigarettes per day:')).toEqual(['Smoking_CurrentDailyCigaretteNumber', 'Smoking_AverageDailyCigaretteNumber']);
    expect(tiedTo('Lifestyle.pdf', 2, 'Age when you stopped smoking:')).toEqual(['AttemptQuitSmoking_CompletelyQuitAge']);
    // "Show in PDF" highlights each box at its own line: the average's below the current one's.
    const top = (code: string) => {
      const boxes = db.prepare(`SELECT qp.boxes FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id WHERE i.code = ? AND d.file = 'Lifestyle.pdf'`).pluck().get(code) as string;
      return (JSON.parse(boxes) as number[][])[0]![1]!;
    };
    expect(top('Smoking_AverageDailyCigaretteNumber')).toBeGreaterThan(top('Smoking_CurrentDailyCigaretteNumber') + 100);
    for (const code of ['Smoking_CurrentDailyCigaretteNumber', 'Smoking_AverageDailyCigaretteNumber', 'AttemptQuitSmoking_CompletelyQuitAge']) {
      expect(questionPage(db, code, 'Lifestyle.pdf'), code).toBe(2);
    }
    // Lifestyle_Spanish.pdf p.2 prints both boxes as the answer "o cigarrillos por día _____ [escala:
    // 1-99]", the second under "Durante todo el tiempo que fumó, …": the average's box is placed
    // there by its answer printed as the blank (its own Spanish wording, "cigarillos", is misspelt).
    const es = (await lines('Lifestyle_Spanish.pdf'))[1]!;
    const average = es.findIndex((l) => l.startsWith('Durante todo el tiempo que fumó'));
    expect(es.slice(average, average + 4).some((l) => l.startsWith('o cigarrillos por día _____ [escala: 1-99]'))).toBe(true);
    expect(questionPage(db, 'Smoking_CurrentDailyCigaretteNumber', 'Lifestyle_Spanish.pdf')).toBe(2);
    expect(questionPage(db, 'Smoking_AverageDailyCigaretteNumber', 'Lifestyle_Spanish.pdf')).toBe(2);
    // The boxes' footnotes "1, 2" name the instruments of the question above them.
    const names = (code: string) =>
      db
        .prepare(`SELECT DISTINCT n.short_name FROM question_sources s JOIN items i ON i.id = s.item_id JOIN instruments n ON n.id = s.instrument_id WHERE i.code = ? AND s.source = 'pdf:Lifestyle.pdf' ORDER BY 1`)
        .pluck()
        .all(code);
    expect(names('Smoking_CurrentDailyCigaretteNumber')).toEqual(names('smoking_currentdailycigarette'));
    expect(names('Smoking_CurrentDailyCigaretteNumber')).toHaveLength(2);
  });

  it('HCAU English p.11: "If other, please specify:" under the delayed-care reasons is OtherDelayedMedicalCare_FreeText', async () => {
    const p11 = (await lines(HCAU))[10]!;
    const box = p11.indexOf('If other, please specify:2');
    expect(p11[box - 5]).toMatch(/^You had to pay out of pocket/);
    expect(tiedTo(HCAU, 11, 'If other, please specify:')).toEqual(['OtherDelayedMedicalCare_FreeText']);
    expect(questionPage(db, 'OtherDelayedMedicalCare_FreeText', HCAU)).toBe(11);
    // The insurance "other" boxes stay off that page (generic-wording-pages.test.ts).
    expect(questionPage(db, 'OtherInsuranceType_FreeText', HCAU)).toBeUndefined();
  });
});

describe('Spanish prints tied by alignment cite their sources', () => {
  it('PFHH Spanish: bladder (p.2) and bone cancer (p.3) follow-ups link "Developed for use in All of Us" (footnote 1)', async () => {
    const file = 'Survey_PaFHH_spn_Src.pdf';
    const pages = await lines(file);
    expect(pages[1]!.some((l) => l.endsWith('para el cáncer de vejiga?1'))).toBe(true);
    expect(pages[2]!.some((l) => l.endsWith('para el cáncer de huesos?1'))).toBe(true);
    expect(pages.flat()).toContain('1. Developed for use in All of Us.');
    for (const [code, page] of [['Cancer_BladderCancerCurrently', 2], ['Cancer_BoneCancerCurrently', 3]] as const) {
      const links = db
        .prepare(`SELECT s.at, n.name FROM question_sources s JOIN items i ON i.id = s.item_id JOIN instruments n ON n.id = s.instrument_id WHERE i.code = ? AND s.source = ?`)
        .all(code, `pdf:${file}`);
      expect(links).toEqual([{ at: `page ${page}`, name: 'Developed for use in All of Us' }]);
    }
    const n = db.prepare(`SELECT count(DISTINCT item_id) FROM question_sources WHERE source = ?`).pluck().get(`pdf:${file}`) as number;
    expect(n).toBeGreaterThan(600);
  });

  it('a Spanish print names no instrument its item is not linked to by an English print or sheet', () => {
    const stray = db
      .prepare(
        `SELECT i.code, s.source FROM question_sources s JOIN items i ON i.id = s.item_id JOIN printed_questions p ON p.item_id = s.item_id
           JOIN documents d ON d.id = p.document_id AND 'pdf:' || d.file = s.source AND s.printed_text = p.text
          WHERE d.language = 'es' AND p.link_method = 'aligned-with-english-pdf' AND s.instrument_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM question_sources o JOIN documents od ON 'pdf:' || od.file = o.source AND od.language = 'en'
                             WHERE o.item_id = s.item_id AND o.instrument_id = s.instrument_id)
            AND NOT EXISTS (SELECT 1 FROM question_sources o WHERE o.item_id = s.item_id AND o.instrument_id = s.instrument_id AND o.source NOT LIKE 'pdf:%')`,
      )
      .all();
    expect(stray).toEqual([]);
  });
});

describe('a Spanish print tied by a Spanish wording the guard drops', () => {
  it('The_Basics_Spanish.pdf p.8 "¿Es usted sordo/a …?" is the deafness question\'s, not the insurance question\'s', async () => {
    // The Basics payload gives HealthInsurance_InsuranceTypeUpdate this Spanish (spanish-guard.ts drops it).
    expect((await lines('The_Basics_Spanish.pdf'))[7]).toContain('¿Es usted sordo/a o tiene serias dificultades al escuchar?10');
    expect((await lines('The_Basics.pdf'))[7]).toContain('Are you deaf or do you have serious difficulty hearing?10');
    const text = '¿Es usted sordo/a o tiene serias dificultades al escuchar?';
    expect(tiedTo('The_Basics_Spanish.pdf', 8, text)).toEqual(tiedTo('The_Basics.pdf', 8, 'Are you deaf or do you have serious difficulty hearing?'));
    expect(tiedTo('The_Basics_Spanish.pdf', 8, text)).toEqual(['69856-3']);
    const insurance = db
      .prepare(`SELECT count(*) FROM question_sources s JOIN items i ON i.id = s.item_id WHERE i.code = 'HealthInsurance_InsuranceTypeUpdate' AND s.printed_text = ?`)
      .pluck()
      .get(text);
    expect(insurance).toBe(0);
  });
});

describe('pages a short wording cannot find by its whole line', () => {
  it('FHH Spanish p.7: the six relatives\' heart-and-blood questions, under the heading "Enfermedades del corazón y la sangre"', async () => {
    const file = 'Family_Health_History_Survey_Spanish.pdf';
    expect(await pagesWith(file, 'Enfermedades del corazón y la sangre')).toEqual([7]);
    const codes = db.prepare(`SELECT code FROM items WHERE text_es = 'Enfermedades del corazón' AND code LIKE 'DiagnosedHealthCondition_%' ORDER BY code`).pluck().all() as string[];
    expect(codes).toHaveLength(6);
    for (const code of codes) expect(questionPage(db, code, file), code).toBe(7);
  });

  it('1586134.pdf (The Basics 2018) places a question by its printed concept ID, on the one page printing it', async () => {
    const pages = await lines('1586134.pdf');
    const cases = [
      ['SecondaryContactInfo_PersonOneRelationship', 10, 'Relationship to Respondent'],
      ['SecondaryContactInfo_SecondContactsRelationship', 10, 'What is this second person’s relationship to you?'],
      ['SecondaryContactInfo_PersonOneTelephone', 10, 'Person 1 Area code/Telephone number'],
      ['TheBasics_CountryBornTextBox', 1, 'Other (free text)'],
    ] as const;
    for (const [code, page, printed] of cases) {
      const id = db.prepare('SELECT concept_id FROM items WHERE code = ?').pluck().get(code) as number;
      const printing = pages.flatMap((p, i) => (p.some((l) => l.includes(`PPI${id} ${printed}`)) ? [i + 1] : []));
      expect(printing, code).toEqual([page]);
      expect(pages.filter((p) => p.some((l) => new RegExp(`PPI${id}\\b`).test(l))), code).toHaveLength(1);
      expect(questionPage(db, code, '1586134.pdf'), code).toBe(page);
    }
    // Found by the ID, not by wording: the row says so, and "Show in PDF" gets no wording to look for.
    const method = db.prepare(`SELECT qp.method FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = '1586134.pdf'`).pluck();
    expect(method.get('SecondaryContactInfo_PersonOneTelephone')).toBe('printed-id');
    expect(method.get('SecondaryContactInfo_PersonOneRelationship')).toBe('printed-id');
  });
});
