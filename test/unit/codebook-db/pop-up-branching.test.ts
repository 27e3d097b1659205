// A "Pop-up appears when …" statement shows a message after the question whose answers trigger
// it; it gates no question. COPE June 2020 prints it once, after PHQ-9 item 9, and the database
// attached it to 40 following questions (issue 12 audit). The PDF is re-read with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { flow } from '../../helpers/pdftotext-flow';
import { rawPath } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

describe('pop-up prose of COPE June 2020', () => {
  it('is printed once, after the "better off dead" item and before the Stress section (p.19)', async () => {
    const file = await rawPath('pdf:COPE_survey_June_2020_English.pdf');
    const all = flow(file, 1, 60).text;
    expect(all.split('Pop-up appears when').length - 1).toBe(1);
    const page = flow(file, 19, 19).text;
    const at = page.indexOf('Branching Logic: Pop-up appears when');
    expect(page.lastIndexOf('better off dead', at)).toBeGreaterThan(-1);
    expect(page.indexOf('Stress', at)).toBeGreaterThan(at);
  });

  it('gates no question in the database', () => {
    const rows = db.prepare(`SELECT count(*) n FROM branching WHERE prose LIKE '%Pop-up appears%'`).get() as { n: number };
    expect(rows.n).toBe(0);
    const cpss10 = db.prepare(`SELECT b.prose FROM branching b JOIN items i ON i.id = b.child_id WHERE i.code = 'cpss_10'`).all() as { prose: string | null }[];
    expect(cpss10.filter((b) => /pop-up/i.test(b.prose ?? ''))).toEqual([]);
  });

  it('still attaches the prose printed over a follow-up (p.22: "When “Yes” selected, then:" over ipaq_1\'s days per week)', async () => {
    const page = flow(await rawPath('pdf:COPE_survey_June_2020_English.pdf'), 22, 22).text;
    expect(page).toContain('Branching Logic: When “Yes” selected, then: How many days per week?');
    const rule = db
      .prepare(`SELECT b.prose FROM branching b JOIN items i ON i.id = b.child_id WHERE i.code = 'ipaq_1_cope_a_24' AND b.source = 'pdf:COPE_survey_June_2020_English.pdf'`)
      .get() as { prose: string };
    expect(rule.prose).toBe('Branching Logic: When “Yes” selected, then:');
  });
});
