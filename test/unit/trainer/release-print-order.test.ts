// The trainer shows a Data Browser list (no order of its own) in the order of the release's own
// print, not of the best-linked print anywhere: PFHH's cancer list had followed Family Health
// History's PDF (Bladder, Bone, Blood) where PFHH's prints Bladder, Blood, Bone. Checked on every
// PFHH list with 5 labels or more that each stand once as a bullet line of PFHH's English PDF (pdftotext).
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

describe('trainer lists in the release print order', () => {
  it("follows PFHH's own PDF", async () => {
    const file = db.prepare(`SELECT s.source FROM release_sources s JOIN releases r ON r.id = s.release_id JOIN modules m ON m.id = r.module_id
      WHERE m.slug = 'pfhh' AND r.is_current = 1 AND s.role = 'instrument-pdf' AND s.language = 'en'`).pluck().get() as string;
    const lines = pdfPages((await realSource(file)).path).flat().filter((l) => l.text.startsWith('●')).map((l) => l.text.replace(/^●\s*/, ''));
    const at = (label: string) => (lines.indexOf(label) === lines.lastIndexOf(label) ? lines.indexOf(label) : -1);
    let checked = 0;
    for (const row of surveyPresentation(db, 'pfhh')!.rows) {
      const pos = row.answers.map((a) => at(a.text.en ?? '')).filter((p) => p >= 0);
      if (pos.length < 5) continue;
      checked++;
      expect(pos, row.code ?? '').toEqual([...pos].sort((a, b) => a - b));
    }
    expect(checked).toBeGreaterThan(3);
  });
});
