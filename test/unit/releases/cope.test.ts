// COPE's releases on the real database, checked against the Data Browser's version table
// (all-of-us__data-browser/public-api/db-cdr/generate-cdr/csv/survey_version_metadata.csv) and the
// monthly instrument PDFs (COPE_survey_<Month>_<Year>_English.pdf).
import { afterAll, describe, expect, it } from 'vitest';
import { surveyOutline } from '../../../electron/services/outline';
import { releaseDiff } from '../../../electron/services/releases/diff';
import { listReleases } from '../../../electron/services/releases/list';
import { openRealDb } from '../../helpers/real-db';
import { copeVersions } from './raw';

const db = openRealDb();
afterAll(() => db.close());
const versions = await copeVersions();
const conceptsOf = (o: ReturnType<typeof surveyOutline>) => new Set(o!.rows.filter((r) => r.kind === 'question').map((r) => r.conceptId));

describe('COPE releases', () => {
  const releases = listReleases(db, 'cope')!;

  it('has six dated releases, one per Data Browser version, named by month', () => {
    expect(versions.size).toBe(6);
    expect(releases.map((r) => [r.label, r.date])).toEqual([
      ['May 2020', '2020-05'],
      ['June 2020', '2020-06'],
      ['July 2020', '2020-07'],
      ['November 2020', '2020-11'],
      ['December 2020', '2020-12'],
      ['February 2021', '2021-02'],
    ]);
    releases.forEach((r, i) => {
      expect(r.sources).toContainEqual(expect.objectContaining({ source: 'data-browser:survey_version_metadata.csv', at: `version ${i + 1}`, complete: true }));
      expect(r.complete).toBe(true);
      expect(r.languages).toEqual(['en', 'es']);
    });
    expect(releases.filter((r) => r.current).map((r) => r.id)).toEqual(['cope-2021-02']);
  });

  it('pairs each version with a PDF edition sharing (nearly) the most of its questions', () => {
    const linked = db.prepare(`SELECT DISTINCT i.concept_id FROM printed_questions p JOIN documents d ON d.id = p.document_id
      JOIN items i ON i.id = p.item_id WHERE d.file = ? AND i.concept_id IS NOT NULL`);
    const files = ['May_2020', 'June_2020', 'July_2020', 'Nov_2020', 'Dec_2020', 'Feb_2021'].map((m) => `COPE_survey_${m}_English.pdf`);
    const sets = files.map((f) => new Set((linked.all(f) as { concept_id: number }[]).map((r) => r.concept_id)));
    for (let v = 1; v <= 6; v++) {
      const overlap = sets.map((s) => [...versions.get(v)!].filter((c) => s.has(c)).length);
      // May to July 2020 are nearly one instrument: the paired edition is within 5% of the best.
      expect(overlap[v - 1]!, `version ${v}: ${overlap.join(' ')}`).toBeGreaterThanOrEqual(0.95 * Math.max(...overlap));
      expect(overlap[v - 1]!).toBeGreaterThan(0.5 * versions.get(v)!.size);
    }
  });

  it('outlines November 2020 without any question May 2020 asked and November did not', () => {
    const mayOnly = [...versions.get(1)!].filter((c) => !versions.get(4)!.has(c));
    expect(mayOnly.length).toBeGreaterThan(0);
    const nov = surveyOutline(db, 'cope', 'November 2020')!;
    expect(nov.release).toEqual({ id: 'cope-2020-11', label: 'November 2020', module: 'cope' });
    const asked = conceptsOf(nov);
    for (const c of mayOnly) expect(asked.has(c)).toBe(false);
    // Every question of the outline is one version 4 lists, and every one it lists is there.
    expect([...asked].sort()).toEqual([...versions.get(4)!].filter((c) => asked.has(c)).sort());
    expect(asked.size).toBe(versions.get(4)!.size);
  });

  it('diffs two waves exactly as the version table differs', () => {
    for (const [from, to, a, b] of [['may 2020', 'JUNE 2020', 1, 2], ['cope-2020-11', 'cope-2020-12', 4, 5], ['December 2020', 'February 2021', 5, 6]] as const) {
      const d = releaseDiff(db, 'cope', from, to)!;
      const added = [...versions.get(b)!].filter((c) => !versions.get(a)!.has(c)).sort();
      const removed = [...versions.get(a)!].filter((c) => !versions.get(b)!.has(c)).sort();
      expect(d.added.map((x) => x.conceptId).sort(), `${from} → ${to} added`).toEqual(added);
      expect(d.removed.map((x) => x.conceptId).sort(), `${from} → ${to} removed`).toEqual(removed);
      expect(d.unknown).toEqual([]);
    }
  });
});
