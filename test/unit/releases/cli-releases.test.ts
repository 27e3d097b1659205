// The release commands of the command line on the real database (--json: only JSON on stdout).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../codebooks/paths';
import { realDbPath } from '../../helpers/real-db';
import { copeVersions } from './raw';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(PROJECT_ROOT, 'electron', 'cli', 'main.ts');
const cli = (...args: string[]) => spawnSync(TSX, [MAIN, ...args, '--db', realDbPath()], { encoding: 'utf8', timeout: 60_000 });

describe('release commands', () => {
  it('releases, outline --release, diff and align print JSON; releases by id or label in any case', async () => {
    const r = cli('releases', 'COPE', '--json');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; label: string; date: string; languages: string[]; current: boolean; questionCount: number; sources: unknown[] }[];
    expect(list.map((x) => x.date)).toEqual(['2020-05', '2020-06', '2020-07', '2020-11', '2020-12', '2021-02']);
    expect(list[3]).toMatchObject({ id: 'cope-2020-11', label: 'November 2020', current: false, questionCount: (await copeVersions()).get(4)!.size });

    const o = JSON.parse(cli('outline', 'cope', '--release', 'NOVEMBER 2020', '--json').stdout);
    expect(o.release.id).toBe('cope-2020-11');

    const d = JSON.parse(cli('diff', 'cope', 'COPE-2020-05', 'june 2020', '--json').stdout);
    expect(d.from).toMatchObject({ id: 'cope-2020-05', label: 'May 2020' });
    expect(d.to).toMatchObject({ id: 'cope-2020-06', label: 'June 2020' });
    for (const k of ['added', 'removed', 'reworded', 'options', 'branching']) expect(Array.isArray(d[k])).toBe(true);

    const a = JSON.parse(cli('align', 'basics', '--release', 'basics-qv10.21.19', '--json').stdout) as { code: string; flags: string[] }[];
    expect(a.length).toBeGreaterThan(50);
    expect(a[0]).toHaveProperty('conceptId');
    const flagged = JSON.parse(cli('align', 'basics', '--release', 'basics-qv10.21.19', '--flagged', '--json').stdout) as { flags: string[] }[];
    expect(flagged.length).toBeLessThan(a.length);
    expect(flagged.every((x) => x.flags.length > 0)).toBe(true);
  });

  it('names an unknown release and lists the known ones, with a non-zero exit', () => {
    const r = cli('outline', 'cope', '--release', 'March 2019', '--json');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no release "March 2019".*cope-2020-05/);
  });
});
