// A question's wording wrapped over lines is read whole: its last line set with a larger full
// stop, an instruction going on after a mid-line footnote number, a line spaced a little wider,
// a long branching statement run into the question. Checked on the real database with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { printedQuestion } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';
import { squash } from '../../helpers/answer-page';

const db = openRealDb();
afterAll(() => db.close());

describe('wrapped wordings', () => {
  it('no print is worded from a line in mid-sentence (lower-case start)', () => {
    const fragments = db.prepare(`SELECT d.file, p.page, p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id`).all() as { file: string; page: number; text: string }[];
    expect(fragments.filter((p) => /^[\p{Ll}]/u.test(p.text))).toEqual([]);
  });

  it.each([
    ['COPE_survey_New Year_2022_Spanish.pdf', 'dmfs_29', '¿Qué factores hacen que sea poco probable'],
    ['COPE_survey_Feb_2021_Spanish.pdf', 'cope_aou_xx_2', '¿Cómo han cambiado sus cuidados prenatales'],
    ['COPE_survey_Summer_2021_Spanish.pdf', 'dmfs_xx_1_seconddose', 'Cuando una segunda dosis'],
    ['COPE_survey_Winter_2021_Spanish.pdf', 'cdc_covid_xx_dose3', '¿Recibió una dosis adicional'],
    ['COPE_survey_New Year_2022_Spanish.pdf', 'cdc_covid_xx_dose3', '¿Recibió una dosis adicional'],
  ])('%s: %s is worded as pdftotext reads the question', async (file, code, start) => {
    const prints = db.prepare(`SELECT p.page, p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
      WHERE d.file = ? AND i.code = ? AND p.text LIKE ? || '%'`).all(file, code, start) as { page: number; text: string }[];
    expect(prints).toHaveLength(1);
    const { path } = await realSource(`pdf:${file}`);
    // pdftotext keeps a mid-line footnote number (".).5 Elija"); the build drops it.
    const printed = printedQuestion(path, prints[0]!.page, start).replace(/([.)])\d\s/, '$1 ');
    expect(squash(prints[0]!.text)).toBe(squash(printed));
  });
});
