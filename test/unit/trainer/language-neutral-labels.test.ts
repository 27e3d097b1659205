// The trainer marks a text shown in the other language ("in English: no source has Spanish"), but
// not a label without letters: Overall Health's 2018 pain scale prints "0 No pain", then "1" to "9",
// then "10 Worst pain imaginable", and no source gives it Spanish. The bare numbers read the same in
// Spanish; the two worded ends are still marked.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { shown } from '../../../renderer/src/features/trainer/trainer-text';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('labels without letters in the trainer', () => {
  it('marks only worded labels as shown in the other language', () => {
    const release = db.prepare(`SELECT r.id FROM releases r JOIN modules m ON m.id = r.module_id WHERE m.slug = 'overall-health' AND r.id LIKE '%2018%'`).pluck().get() as string;
    const rows = surveyPresentation(db, 'overall-health', release)!.rows;
    // Lists with no Spanish label at all, where some labels are bare numbers.
    const lists = rows.map((r) => r.answers).filter((a) => a.length > 0 && a.every((x) => !x.text.es) && a.some((x) => /^\d+$/.test(x.text.en ?? '')));
    expect(lists.length).toBeGreaterThan(0);
    for (const answers of lists) {
      for (const a of answers) {
        const [s] = shown(a.text, 'es');
        expect(s?.text).toBe(a.text.en);
        expect(s?.fallback, a.text.en ?? '').toBe(/[a-z]/i.test(a.text.en ?? ''));
      }
      // Both kinds are there: numbers unmarked, words marked.
      expect(answers.some((a) => shown(a.text, 'es')[0]?.fallback)).toBe(true);
      expect(answers.some((a) => !shown(a.text, 'es')[0]?.fallback)).toBe(true);
    }
  });
});
