// A release diff does not call a wording or a label changed when only the spacing that text
// extraction leaves around a hyphen, an apostrophe, a slash or inside brackets differs, or a soft
// hyphen ("part- time or full -time" against "part-time or full-time"): every pair of releases of
// the surveys that have several.
import { afterAll, describe, expect, it } from 'vitest';
import { releaseDiff } from '../../../electron/services/releases/diff';
import { foldWording } from '../../../electron/services/releases/texts';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const squeezed = (s: string) => s.normalize('NFC').replace(/[\s\u00ad]+/g, '');

describe('release diff and spacing', () => {
  it('folds the made-up cases', () => {
    expect(foldWording('Employed (part- time or full -time)')).toBe(foldWording('Employed (part-time or full-time)'));
    expect(foldWording("I don' t know / not sure")).toBe(foldWording("I don't know/not sure"));
    expect(foldWording('( removal of a kidney )')).toBe(foldWording('(removal of a kidney)'));
    expect(foldWording('full\u00ad-time')).toBe(foldWording('full-time'));
    expect(foldWording('part time')).not.toBe(foldWording('parttime'));
  });

  it('reports no change of spacing alone between releases', () => {
    const pairs = db.prepare(`SELECT m.slug, a.id AS a, b.id AS b FROM releases a JOIN releases b ON b.module_id = a.module_id AND a.id < b.id
      JOIN modules m ON m.id = a.module_id WHERE m.slug IN ('basics', 'overall-health', 'lifestyle', 'hcau')`).all() as { slug: string; a: string; b: string }[];
    expect(pairs.length).toBeGreaterThan(3);
    for (const p of pairs) {
      const d = releaseDiff(db, p.slug, p.a, p.b)!;
      for (const r of d.reworded) expect(squeezed(r.before) === squeezed(r.after), `${p.a} → ${p.b} ${r.code}: ${r.before}`).toBe(false);
      for (const o of d.options.filter((x) => x.change === 'relabelled')) expect(squeezed(o.before!) === squeezed(o.after!), `${p.a} → ${p.b}: ${o.before}`).toBe(false);
    }
  });
});
