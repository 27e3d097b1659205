// A short, generic wording ("other (please specify)", "Por favor, especifique") took a page where
// it is only part of another question's print: OtherInsuranceType_FreeText had HCAU English p.11,
// whose "If other, please specify:" is the delayed-care box (audit). A wording of fewer than 5
// words now takes a page only where a printed line is all of it. Each page is read here with
// pdftotext (test/helpers/pdftotext-flow.ts), not with the build's reader.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { questionPage } from '../../helpers/question-page';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const pages = async (file: string) => (await pdfPages((await realSource(`pdf:${file}`)).path)).map((p) => p.map((l) => l.text));

/** A line as a whole: without the footnote numbers pdftotext glues to words ("Number1 (allow",
 *  "especifique:14"), its bullet or PPI code, and a bracketed ending. */
function lineForms(printed: string): string[] {
  const line = printed.replace(/(?<=\p{L})\d{1,2}(?=\s|$)|(?<=[:.])\s?\d{1,2}$/gu, '');
  const bare = line.replace(/^[^\p{L}\p{N}]*(?:o|PPI\d+\.?)\s+/u, '');
  const forms = [line, bare];
  // Bracketed endings one after another: "____ (age in years) [range]" is "____ (age in years)" too.
  const group = /\s*(\([^()]*\)|\[[^[\]]*\])[\s:.]*$/;
  for (let core = bare; group.test(core); ) forms.push((core = core.replace(group, '')));
  return forms.map(fold);
}
/** "Person 1 Address 1" and its footnote print as "Person 1 Address 11". */
const isWhole = (line: string, wording: string) => lineForms(line).some((f) => f === wording || (f.startsWith(wording) && /^\d$/.test(f.slice(wording.length))));
/** Or the line right under its branching line ("… selected, then:"): a follow-up placed under its
 *  answer's heading (follow-up-pages.ts), "¿Qué tratamiento respiratorio recibió? Por favor, especifique:". */
const underBranching = (lines: string[], at: number, wording: string) => fold(lines[at]!).includes(wording) && /^branching logic\b.*\bselected/.test(fold(lines[at - 1] ?? ''));

/** Or a line the wording opens, going on by at most 3 words that are no box marker: the heading
 *  "Enfermedades del corazón y la sangre" (FHH Spanish p.7) for "Enfermedades del corazón". */
const opens = (line: string, wording: string) =>
  lineForms(line).some((f) => f.startsWith(`${wording} `) && f.slice(wording.length + 1).split(' ').length <= 3 && !/^(free text|texto libre)\b/.test(f.slice(wording.length + 1)));

const pageOf = (code: string, file: string) => questionPage(db, code, file);

describe('short generic wordings', () => {
  it('HCAU prints one "other" box, the delayed-care one: the insurance "other" boxes get no page there', async () => {
    // HCAU English p.11 and Spanish p.8, under the delayed-medical-care list.
    expect((await pages('Health_Care_Access_Utilization.pdf'))[10]).toContain('If other, please specify:2');
    expect((await pages('Health_Care_Access_Utilization_Spanish.pdf'))[7]).toContain('Otro (Por favor, especifique [free text])');
    for (const file of ['Health_Care_Access_Utilization.pdf', 'Health_Care_Access_Utilization_Spanish.pdf']) {
      const text = fold((await pages(file)).flat().join(' '));
      expect(text, file).not.toMatch(/insurance type|tipo de seguro/);
      for (const code of ['OtherInsuranceType_FreeText', 'OtherHealthPlan_FreeText']) expect(pageOf(code, file), `${code} ${file}`).toBeUndefined();
    }
    // The Basics prints the health-plan box: that page stays (p.8, its answer then "Please specify").
    expect(pageOf('OtherHealthPlan_FreeText', 'The_Basics.pdf')).toBe(8);
  });

  it('every page found by the wording of fewer than 5 words has a line that is all of it', async () => {
    const rows = db
      .prepare(
        `SELECT i.code, i.concept_id, f.file, qp.page, CASE d.language WHEN 'en' THEN i.text_en ELSE i.text_es END AS wording
           FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id
           JOIN document_files f ON f.document_id = d.id AND f.file = d.file
          WHERE qp.method IN ('exact', 'tail', 'shingles')
            -- an item joining tied codes is looked for by their longer wordings first (tied-page-wordings.ts)
            AND i.id NOT IN (SELECT item_id FROM item_aliases)`,
      )
      .all() as { code: string; concept_id: number | null; file: string; page: number; wording: string | null }[];
    const short = rows.filter((r) => r.wording && fold(r.wording).split(' ').length < 5);
    // Contact boxes, COPE entry boxes and counts ("Hours per day"), ages ("(edad en años)"): 55 rows (entry prompts that were a question's chosen wording now give way to it: field-prompts.ts).
    expect(short.length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const r of short) {
      const lines = (await pages(r.file))[r.page - 1] ?? [];
      const w = fold(r.wording!);
      const printsId = r.concept_id != null && lines.some((l) => new RegExp(`\\bPPI${r.concept_id}\\b`).test(l));
      if (!printsId && !lines.some((l, at) => isWhole(l, w) || opens(l, w) || underBranching(lines, at, w))) bad.push(`${r.code} ${r.file} p.${r.page} "${r.wording}"`);
    }
    expect(bad).toEqual([]);
  });

  it('a whole line printed with its bullet, PPI code or bracketed ending is still taken', async () => {
    // Overall Health Spanish p.4: "o _______ (edad en años)" under the hysterectomy question; p.5's is the ovaries'.
    expect((await pages('Overall_Health_Spanish.pdf'))[3]).toContain('o _______ (edad en años)');
    expect(pageOf('OverallHealth_HysterectomyHistoryAge', 'Overall_Health_Spanish.pdf')).toBe(4);
    // 1586134.pdf p.10: "PPI1585915 Person 1 Email Address" (a private-use bullet before it).
    expect((await pages('1586134.pdf'))[9]!.some((l) => l.endsWith('PPI1585915 Person 1 Email Address'))).toBe(true);
    expect(pageOf('SecondaryContactInfo_PersonOneEmail', '1586134.pdf')).toBe(10);
    // Lifestyle Spanish p.2: "o ____ AÑOS como fumador/a [escala: 1-99]".
    expect(pageOf('Smoking_NumberOfYears', 'Lifestyle_Spanish.pdf')).toBe(2);
  });

  it('two follow-ups printed inside a longer line keep their parent\'s page, the one page printing them', async () => {
    // Overall_Health.pdf p.7 "How long were you there? Enter number of days:"; 1585710.pdf p.5
    // "Branching Logic if selected, display: Date of transplant" (13 times, under each organ).
    for (const [file, code, page, words] of [
      ['Overall_Health.pdf', 'OutsideTravel6Month_OutsideTravel6MonthHowLong', 7, 'number of days'],
      ['1585710.pdf', 'OrganTransplant_Date', 5, 'date of transplant'],
    ] as const) {
      const printing = (await pages(file)).flatMap((p, i) => (fold(p.join(' ')).includes(words) ? [i + 1] : []));
      expect(printing, file).toEqual([page]);
      expect(pageOf(code, file), code).toBe(page);
    }
  });
});
