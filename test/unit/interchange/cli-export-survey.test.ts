// `cli export-survey`, run as users run it; `--release` names one release (id, label or date).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { openRealDb, realDbPath } from '../../helpers/real-db';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');
const db = openRealDb();
afterAll(() => db.close());

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, 'export-survey', ...args, '--db', realDbPath()], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli export-survey', () => {
  it('prints one COPE wave (--release "july 2020", the Data Browser\'s version 3) as an ATLAS concept set of exactly that wave\'s question concepts', () => {
    const r = cli('cope', '--release', 'july 2020', '--format', 'atlas');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout).items as { concept: { CONCEPT_ID: number } }[]).map((i) => i.concept.CONCEPT_ID).sort();
    const members = db
      .prepare(
        `SELECT DISTINCT i.concept_id AS id FROM release_items ri JOIN releases r ON r.id = ri.release_id JOIN modules m ON m.id = r.module_id
           JOIN items i ON i.id = ri.item_id WHERE m.slug = 'cope' AND r.label = 'July 2020' AND i.kind = 'question' AND i.concept_id IS NOT NULL`,
      )
      .all() as { id: number }[];
    expect(ids).toEqual(members.map((w) => w.id).sort());
    // Every question the Data Browser's version table gives wave 3 is in it.
    const wave = db
      .prepare(
        `SELECT DISTINCT i.concept_id AS id FROM module_version_items vi JOIN module_versions v ON v.id = vi.version_id JOIN modules m ON m.id = v.module_id
           JOIN items i ON i.id = vi.item_id WHERE m.slug = 'cope' AND v.version = '3' AND i.kind = 'question' AND i.concept_id IS NOT NULL`,
      )
      .all() as { id: number }[];
    expect(wave.length).toBeGreaterThan(100);
    for (const w of wave) expect(ids).toContain(w.id);
  });

  it('names the releases when the one asked for does not exist, and refuses an unknown format', () => {
    const bad = cli('cope', '--release', 'nope', '--format', 'fhir');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: no release "nope"; releases: .*"July 2020".*\n$/);
    const fmt = cli('lifestyle', '--format', 'pdf');
    expect(fmt.stderr).toBe('error: --format must be one of fhir, redcap, ddi, atlas\n');
  });
});
