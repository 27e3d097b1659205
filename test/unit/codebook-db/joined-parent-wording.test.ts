// The Data Browser words COPE's mask follow-ups as the activity question's wording followed by
// their own; the PDFs print only their own ("How often did you wear a face mask or face
// covering?") under each activity. In the real database each follow-up has its own wording, the
// joined one stays a recorded disagreement, and the page it was found on by that joined wording is
// kept. Expected values are read here from the raw table and the PDFs (pdftotext).
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const TABLE = 'data-browser@48667b5:survey_metadata.csv';
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

describe("a follow-up's wording joined to its parent's", () => {
  it.each(['msds_10_a', 'msds_12_a', 'msds_13_a', 'msds_14_a', 'msds_17_a'])('%s: its own printed wording, the joined one a disagreement', async (code) => {
    const rows = await csvRows(TABLE);
    const joined = rows.find(({ v }) => v.concept_code === code)!.v.concept_name!;
    const parentCode = code.replace(/_a$/, '');
    const parent = db.prepare('SELECT text_en FROM items WHERE code = ?').pluck().get(parentCode) as string;
    expect(joined.startsWith(`${parent} `)).toBe(true);
    const own = joined.slice(parent.length + 1);
    const item = db.prepare('SELECT lower(code) AS subject, text_en FROM items WHERE code = ?').get(code) as { subject: string; text_en: string };
    expect(item.text_en).toBe(own);
    const printed = squash(pdfPages((await realSource('pdf:COPE_survey_Dec_2020_English.pdf')).path).flat().map((l) => l.text).join(' '));
    expect(printed).toContain(own);
    expect(printed).not.toContain(joined);
    expect(db.prepare("SELECT other FROM conflicts WHERE subject = ? AND field = 'text.en'").pluck().all(item.subject)).toContain(joined);
  });

  it('msds_10_a keeps the page its activity is printed on (COPE December 2020 English p.2)', async () => {
    const page = db
      .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id
        WHERE i.code = 'msds_10_a' AND d.file = 'COPE_survey_Dec_2020_English.pdf'`)
      .pluck()
      .get();
    const parent = db.prepare("SELECT text_en FROM items WHERE code = 'msds_10'").pluck().get() as string;
    const activity = parent.split(': ').pop()!;
    const lines = pdfPages((await realSource('pdf:COPE_survey_Dec_2020_English.pdf')).path);
    const printing = lines.flatMap((p, i) => (squash(p.map((l) => l.text).join(' ')).includes(activity) ? [i + 1] : []));
    expect(printing).toEqual([page]);
  });
});
