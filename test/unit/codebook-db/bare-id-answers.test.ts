// A question whose one answer is a bare concept ID (the answer that opens its follow-ups, named by
// ID only in the data browser's paths) also gets the answers its instrument prints, with the
// Spanish instrument's labels. The prints are read here with pdftotext, not the importers.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

// [code, English PDF, page, Spanish PDF, page, start of the printed question (English)]
const CASES: [string, string, number, string, number, string][] = [
  ['mhqukb_49', 'pdf:Behavioral_Health_and_Personality.pdf', 5, 'pdf:Behavioral_Health_and_Personality_Spanish.pdf', 4, 'Did you ever see something that wasn'],
  ['mhqukb_43', 'pdf:Behavioral_Health_and_Personality.pdf', 3, 'pdf:Behavioral_Health_and_Personality_Spanish.pdf', 3, 'Have you ever had a period of time when'],
  ['cidi5_21', 'pdf:Behavioral_Health_and_Personality.pdf', 5, 'pdf:Behavioral_Health_and_Personality_Spanish.pdf', 5, 'Did you ever hear voices that other peop'],
  ['mhqukb_5', 'pdf:Emotional_Health_History_and_Well-Being.pdf', 9, 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 7, 'Have you ever had a time in your life wh'],
];

const BULLET = /^[●○❏•▪]\s*/;
// The answers are the bullets at the first bullet's indent; follow-ups printed between them sit deeper.
async function answersAfter(source: string, page: number, start: (l: string) => boolean): Promise<string[]> {
  const lines = pdfPages((await realSource(source)).path).slice(page - 1, page + 1).flat();
  const at = lines.findIndex((l) => start(l.text));
  expect(at, `${source} p.${page}`).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  let indent = -1;
  for (const l of lines.slice(at + 1)) {
    if (indent < 0 && BULLET.test(l.text)) indent = l.indent;
    if (indent < 0) continue;
    if (l.indent < indent) break;
    if (l.indent === indent && BULLET.test(l.text)) out.push(l.text.replace(BULLET, ''));
  }
  return out;
}

describe('questions answered by one bare ID take their printed answers', () => {
  it.each(CASES)('%s', async (code, en, enPage, es, esPage, start) => {
    const options = db
      .prepare(`SELECT o.label_en AS en, o.label_es AS es, a.concept_id AS id FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id WHERE q.code = ? ORDER BY o.position`)
      .all(code) as { en: string | null; es: string | null; id: number | null }[];
    const labelled = options.filter((o) => o.en);
    const printedEn = await answersAfter(en, enPage, (l) => l.replace(/[’']/g, "'").startsWith(start.replace(/[’']/g, "'")));
    const esText = db.prepare(`SELECT text_es FROM items WHERE code = ?`).get(code) as { text_es: string };
    const printedEs = await answersAfter(es, esPage, (l) => esText.text_es.startsWith(l.slice(0, 30)));
    expect(labelled.map((o) => o.en)).toEqual(printedEn);
    expect(labelled.map((o) => o.es)).toEqual(printedEs);
    expect(options.filter((o) => !o.en).length, 'the bare ID stays').toBe(1);
  });
});
