// The trainer's answer options on the real database: in the instrument's printed order where the
// Data Browser lists them by participant count, never a "Skip" option, and the participant app's
// own order untouched elsewhere.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { inInstrumentOrder, isSkipOption } from '../../../electron/services/presentation-order';
import { listSurveys } from '../../../electron/services/surveys';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

/** Questions of a module whose options come from the Data Browser and that an English PDF prints with answers. */
function countOrderedPrinted(slug: string): { code: string; printed: string[] }[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT q.code, (SELECT p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id
            WHERE p.item_id = q.id AND d.language = 'en' AND p.answers IS NOT NULL ORDER BY p.link_score DESC, p.id LIMIT 1) AS printed
           FROM items q JOIN modules m ON m.id = q.module_id JOIN options o ON o.question_id = q.id
          WHERE m.slug = ? AND o.source LIKE 'data-browser:%'`,
      )
      .all(slug) as { code: string; printed: string | null }[]
  )
    .filter((r) => r.printed)
    .map((r) => ({ code: r.code, printed: JSON.parse(r.printed!) as string[] }));
}

describe('answer options in the trainer', () => {
  it("The Basics' disability items come as The_Basics.pdf prints them (Yes, No, Prefer not to answer), with no Skip", () => {
    const rows = surveyPresentation(db, 'basics')!.rows;
    const items = countOrderedPrinted('basics');
    // The_Basics.pdf prints "Are you deaf or do you have serious difficulty hearing?" and its
    // neighbours with three answers; the Data Browser lists them by count with a "Skip".
    const deaf = items.find((i) => /^yes$/i.test(i.printed[0]!) && rows.find((r) => r.code === i.code)?.text.en?.toLowerCase().includes('deaf'));
    expect(deaf).toBeDefined();
    let checked = 0;
    for (const { code, printed } of items) {
      const row = rows.find((r) => r.code === code);
      if (!row || row.answers.length !== printed.length) continue;
      // A release's questionnaire may spell an apostrophe straight where the PDF prints it curly.
      const quotes = (t: string | null) => (t ?? '').replace(/[\u2018\u2019]/g, "'");
      expect(row.answers.map((a) => quotes(a.text.en)), code).toEqual(printed.map(quotes));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('no module offers "Skip" as an answer option', () => {
    let options = 0;
    for (const s of listSurveys(db)) {
      for (const r of surveyPresentation(db, s.slug)!.rows) {
        options += r.answers.length;
        expect(r.answers.filter(isSkipOption), `${s.slug} ${r.code}`).toEqual([]);
      }
    }
    expect(options).toBeGreaterThan(5000);
  });

  it("keeps the participant app's order: Lifestyle's smoking frequency is as api-payloads lifestyle.json lists it", () => {
    const row = surveyPresentation(db, 'lifestyle')!.rows.find((r) => r.code === 'Smoking_SmokeFrequency')!;
    const listed = db
      .prepare(`SELECT a.code FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE q.code = ? ORDER BY o.position`)
      .all('Smoking_SmokeFrequency') as { code: string }[];
    expect(row.answers.map((a) => a.code)).toEqual(listed.map((l) => l.code));
  });

  it('leaves the order alone when the printed answers do not account for every option', () => {
    const o = (en: string) => ({ code: null, conceptId: null, standardConceptId: null, text: { en, es: null } });
    expect(inInstrumentOrder([o('B'), o('A'), o('C')], ['A', 'B']).map((x) => x.text.en)).toEqual(['B', 'A', 'C']);
    expect(inInstrumentOrder([o('X: B'), o('Skip'), o('X: A')], ['A', 'B']).map((x) => x.text.en)).toEqual(['A', 'B']);
  });
});
