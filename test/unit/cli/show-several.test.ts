// One ID several items share, and several keys at once: `show` returns every item, in the
// service and on the command line (a JSON array), on the real database.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { showItems } from '../../../electron/services/item-detail';
import { openRealDb, realDbPath } from '../../helpers/real-db';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');
const cli = (...args: string[]) => spawnSync(TSX, [MAIN, ...args, '--db', realDbPath()], { encoding: 'utf8', timeout: 60_000 });

const db = openRealDb();
afterAll(() => db.close());

// workbench ppi_criteria.csv rows 95, 106, 114, 122, 130: standard value 45881677 "Every day" under
// the questions 1585860, 1586169, 1586177, 1586185 and 1586193 (LIFESTYLE).
const STANDARD_EVERY_DAY = 45881677;

describe('show: an ID several items share', () => {
  it('the service returns every answer whose standard value it is', () => {
    const found = showItems(db, String(STANDARD_EVERY_DAY));
    expect(found.length).toBeGreaterThanOrEqual(5);
    const parents = found.flatMap((d) => d.usedBy?.map((q) => q.conceptId) ?? []);
    expect(parents).toEqual(expect.arrayContaining([1585860, 1586169, 1586177, 1586185, 1586193]));
    for (const d of found) expect(d.kind).toBe('answer');
  });

  it('show A B --json prints an array with one entry per item, in key order; one key, one item stays an object', () => {
    const r = cli('show', 'Smoking_SmokeFrequency', '1585855', '--json');
    expect(r.status, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((d: { conceptId: number }) => d.conceptId)).toEqual([1585860, 1585855]);
    const one = JSON.parse(cli('show', 'Smoking_SmokeFrequency', '--json').stdout);
    expect(one.conceptId).toBe(1585860);
    const shared = JSON.parse(cli('show', String(STANDARD_EVERY_DAY), '--json').stdout);
    expect(shared.length).toBeGreaterThanOrEqual(5);
  });

  it('an unknown key among several is one error line naming it', () => {
    const r = cli('show', 'Smoking_SmokeFrequency', 'no_such_code_anywhere', '--json');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no_such_code_anywhere/);
    expect(r.stdout).toBe('');
  });
});
