// `import`, `imports` and `remove-import` on the command line, as users run them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { brokenCopy, MADE_UP_ATHENA } from './made-up-athena';
import { pickAthenaScenario, writeMadeUpAthena } from '../../ui/helpers/athena-scenario';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');
const temp = useTempDirs();

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line imports', () => {
  it('imports an Athena folder, lists it, refuses a broken one with file, row and field, and removes it', () => {
    const ud = temp();
    const ok = cli('import', MADE_UP_ATHENA, '--user-data', ud, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ id: 'athena', version: 'made-up PPI 2099-01', rows: 13 });
    const bad = cli('import', brokenCopy(temp(), 'CONCEPT_SYNONYM.csv', (t) => t.replace('4180186', 'x4180186')), '--user-data', ud);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n').at(-1)).toBe('error: CONCEPT_SYNONYM.csv: row 2, field "language_concept_id": "x4180186" is not a whole number');
    expect(JSON.parse(cli('imports', '--user-data', ud, '--json').stdout).map((i: { id: string; source: string }) => [i.id, i.source])).toEqual([['athena', MADE_UP_ATHENA]]);
    expect(cli('remove-import', 'athena', '--user-data', ud).code).toBe(0);
    expect(JSON.parse(cli('imports', '--user-data', ud, '--json').stdout)).toEqual([]);
    expect(cli('remove-import', 'athena', '--user-data', ud).stderr).toMatch(/^error: no import "athena" in /);
  }, 240_000);
});

describe('command line show with an Athena import', () => {
  it('shows an answer ID the download fills, with its provenance, and a disagreement, never applied', () => {
    const ud = temp();
    const s = pickAthenaScenario();
    expect(cli('import', writeMadeUpAthena(temp(), s), '--user-data', ud).code).toBe(0);
    const shown = JSON.parse(cli('show', s.question, '--user-data', ud, '--json').stdout);
    expect(shown.imported.version).toBe(s.version);
    expect(shown.imported.answers).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: s.missing.code, bundledConceptId: null, athenaConceptId: s.missing.madeUpId, status: 'filled' }),
      expect.objectContaining({ code: s.disagreeing.code, bundledConceptId: s.disagreeing.bundledId, athenaConceptId: s.disagreeing.madeUpId, status: 'disagrees' }),
    ]));
    // The codebook's own answers are unchanged: the download's ID is beside them, not in them.
    expect(shown.answers.find((a: { code: string }) => a.code === s.disagreeing.code).conceptId).toBe(s.disagreeing.bundledId);
    expect(shown.answers.find((a: { code: string }) => a.code === s.missing.code).conceptId).toBeNull();
    const text = cli('show', s.question, '--user-data', ud).stdout;
    expect(text).toContain(`  answer ${s.missing.code}: concept ${s.missing.madeUpId} (from your Athena download, version ${s.version}; the codebook has no ID)`);
    expect(text).toContain(`  answer ${s.disagreeing.code}: DISAGREES: your Athena download says ${s.disagreeing.madeUpId}; the bundled codebook's ${s.disagreeing.bundledId} is kept`);
    expect(text).toContain(`Maps to value ${s.mapsToValue.id} ${s.mapsToValue.name}`);
  }, 240_000);
});
