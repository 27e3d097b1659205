// A question with no page found by its chosen wording is looked for, last, by the wordings its
// sources give that the merge did not choose (codebooks/write/other-wording-pages.ts): an entry
// box's prompt that gave way to the printed question is what another edition prints beside the
// box. Each page is read here with pdftotext: the unchosen wording (from the database's
// provenance) is printed on it and highlighted, the chosen one is not, and a follow-up repeated
// under several answers sits under its own answer's heading, highlighted there.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { questionPage } from '../../helpers/question-page';
import { realSource } from '../../helpers/sources';
import { boxedLines } from '../../helpers/pdftotext-boxes';
import { questionPdfPages } from '../../../electron/services/pdfs';
import { highlightFor } from '../../../renderer/src/features/pdf/links';

const db = openRealDb();
afterAll(() => db.close());

const fold = (t: string) => ` ${t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
/** Page `page` of `file` as pdftotext prints it, folded; "Email Address1" loses its footnote mark. */
async function pageText(file: string, page: number): Promise<string> {
  const lines = pdfPages((await realSource(`pdf:${file}`)).path)[page - 1] ?? [];
  return fold(lines.map((l) => l.text.replace(/(\p{L})\d+\b/gu, '$1')).join(' '));
}
const link = (code: string, file: string) =>
  db
    .prepare(`SELECT qp.document_id AS document, qp.method, qp.boxes, qp.wording FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
    .get(code, file) as { document: number; method: string; boxes: string | null; wording: string | null } | undefined;
const wordings = (code: string, language: string, chosen: 0 | 1) =>
  db
    .prepare(`SELECT DISTINCT p.value FROM provenance p JOIN items i ON i.id = p.item_id WHERE i.code = ? AND p.context_id IS NULL AND p.field = ? AND p.chosen = ?`)
    .pluck()
    .all(code, `text.${language}`, chosen) as string[];

describe('pages found by a wording the merge did not choose', () => {
  it.each([
    // The 2019+ Basics prints the contact boxes' labels ("● Person 2 Email Address"), not the question.
    ['SecondaryContactInfo_SecondContactsEmail', 'The_Basics.pdf', 'en', 13],
    ['SecondaryContactInfo_SecondContactsEmail', 'The_Basics_Spanish.pdf', 'es', 12],
    ['SecondaryContactInfo_SecondContactsNumber', 'The_Basics.pdf', 'en', 13],
    ['SecondaryContactInfo_SecondContactsNumber', 'The_Basics_Spanish.pdf', 'es', 13],
    ['OutsideTravel6Month_OutsideTravel6MonthHowLong', 'Overall_Health_Spanish.pdf', 'es', 6],
  ] as const)('%s: %s (%s) p.%i', async (code, file, language, page) => {
    expect(questionPage(db, code, file)).toBe(page);
    const found = link(code, file)!;
    expect(found.method).toBe('other-wording');
    // "Show in PDF" highlights the words found: an unchosen wording, printed there once.
    expect(wordings(code, language, 0)).toContain(found.wording);
    const text = await pageText(file, page);
    expect(text.split(fold(found.wording!)).length - 1).toBe(1);
    expect(JSON.parse(found.boxes!)).toHaveLength(1);
    // The service gives those words and boxes to the link, and the link looks for them.
    const served = questionPdfPages(db, code)!;
    const shown = served.pages.find((p) => p.document.id === found.document)!;
    expect(highlightFor(shown.method, served.text[language], shown.printed)).toBe(found.wording);
    expect(shown.boxes).toEqual(JSON.parse(found.boxes!));
    for (const w of wordings(code, language, 1)) expect(text.includes(fold(w)), `chosen "${w}" is not`).toBe(false);
  });

  it('COPE Spanish: "Por favor, especifique:" under "Otro tipo de seguro médico…", not under "Otro", and highlighted there', async () => {
    const code = 'basics_11a_cope_a_33';
    expect(db.prepare('SELECT text_es FROM items WHERE code = ?').pluck().get(code)).toBeNull();
    const [prompt] = wordings(code, 'es', 0);
    expect(prompt).toBe('Por favor, especifique:');
    for (const [file, page] of [['COPE_survey_Nov_2020_Spanish.pdf', 16], ['COPE_survey_Dec_2020_Spanish.pdf', 17], ['COPE_survey_Feb_2021_Spanish.pdf', 17]] as const) {
      expect(questionPage(db, code, file), file).toBe(page);
      // Printed under two answers of the page: highlighted under the one that opens it (which-print.ts),
      // the line its box is on read here with pdftotext, after the heading's branching line.
      const found = link(code, file)!;
      expect(found).toMatchObject({ method: 'other-wording', wording: prompt });
      const [x, top] = (JSON.parse(found.boxes!) as number[][])[0]!;
      const lines = boxedLines((await realSource(`pdf:${file}`)).path).filter((l) => l.page === page).sort((a, b) => a.top - b.top);
      const at = lines.findIndex((l) => Math.abs(l.top - top!) < 5 && Math.abs(l.left - x!) < 40);
      expect(lines[at]!.text, file).toMatch(/^Por favor, especifique:/);
      expect(lines.slice(at - 3, at).map((l) => l.text).join(' '), file).toContain('Branching Logic: when “Otro tipo de seguro médico');
      // The heading of the answer that opens it, then the prompt (the page also asks it under "Otro").
      const text = await pageText(file, page);
      const heading = text.indexOf(fold('Otro tipo de seguro médico o plan de cobertura médica'));
      expect(heading, file).toBeGreaterThan(0);
      expect(text.indexOf(fold(prompt!), heading), file).toBeGreaterThan(heading);
    }
  });

  it('only where printed word for word: the 2018 family history\'s per-relative grids take no page by a near match', () => {
    const near = db
      .prepare(`SELECT count(*) FROM question_pages qp JOIN items i ON i.id = qp.item_id WHERE qp.method = 'other-wording' AND i.code LIKE 'DiagnosedHealthCondition_%'`)
      .pluck()
      .get();
    expect(near).toBe(0);
    // And never beside a page another method found: one link per question and document.
    const links = db.prepare(`SELECT count(*) FROM question_pages WHERE method = 'other-wording'`).pluck().get() as number;
    expect(links).toBeGreaterThan(20);
  });
});
