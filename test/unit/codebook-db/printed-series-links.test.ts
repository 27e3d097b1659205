// A printed question of a series ("Including yourself, who in your family has had <condition>?",
// "<Group> conditions: Has a doctor … ever told you that you have…?") is tied to its own item, not
// to the series member whose wording is closest overall. The prints are read here with pdftotext
// (test/helpers/pdftotext-flow.ts); the expected item is the one whose wording holds every word.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

// [PDF, page, start of the printed line, item code]
const CASES: [string, number, string, string][] = [
  ['pdf:Personal_and_Family_Health_History.pdf', 8, 'Including yourself, who in your family has had head and neck cancer?', 'CancerCondition_HeadNeckCancer_yes'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 11, 'Digestive conditions: Has a doctor or health care provider ever told you', 'Digestive_DigestiveSystemConditions'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 18, 'Kidney conditions: Has a doctor or health care provider ever told you', 'Kidney_KidneyConditions'],
];

describe('prints of a series tie to their own item', () => {
  it.each(CASES)('%s p.%i "%s" is %s', async (source, page, start, code) => {
    const lines = pdfPages((await realSource(source)).path)[page - 1]!.map((l) => l.text);
    expect(lines.some((l) => l.startsWith(start)), `printed on ${source} p.${page}`).toBe(true);
    const linked = db
      .prepare(
        `SELECT DISTINCT i.code FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
         WHERE 'pdf:' || d.file = ? AND p.page = ? AND p.text LIKE ? || '%'`,
      )
      .all(source, page, start) as { code: string }[];
    expect(linked.map((l) => l.code)).toEqual([code]);
  });
});
