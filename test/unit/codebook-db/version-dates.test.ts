// A version's date is the one its source gives for it: a questionnaire's own top-level "date" (FHIR: when it last changed)
// (the day part). It used to be the date of the repository's last commit (2022-09-21 on every one
// of the 66 questionnaires; an audit found SnapAppUse.json's, dated 2018-09-06, so shown). The
// COPE wave rows' files give no date: none is stored.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface VersionRow {
  version: string;
  date: string | null;
  kind: string;
  source: string;
}
const rows = db.prepare('SELECT version, date, kind, source FROM module_versions ORDER BY id').all() as VersionRow[];

describe('module version dates', () => {
  it('each questionnaire version has the day of its own "date"', async () => {
    const questionnaires = rows.filter((r) => r.kind === 'questionnaire');
    expect(questionnaires.length).toBeGreaterThan(60);
    const days = new Set<string>();
    for (const r of questionnaires) {
      const json = JSON.parse(readFileSync((await realSource(r.source)).path, 'utf8')) as { date?: string; version?: string };
      expect(r.version, r.source).toBe(json.version);
      expect(typeof json.date, r.source).toBe('string');
      expect(r.date, r.source).toBe(json.date!.slice(0, 10));
      days.add(r.date!);
    }
    // Not one date for all (a repository's commit date was).
    expect(days.size).toBeGreaterThan(30);
  });

  it('the wave rows of files that give no date have none', () => {
    const waves = rows.filter((r) => r.kind === 'wave');
    expect(waves.length).toBeGreaterThan(0);
    for (const r of waves) expect(r.date, `${r.source} ${r.version}`).toBeNull();
  });
});
