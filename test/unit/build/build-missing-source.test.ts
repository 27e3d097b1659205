// A missing or unreadable source stops the build (issue 14, defect 3): before, a deleted file or a
// file replaced by a folder gave exit 0 and a degraded database over a good one. Now the build
// names the file and leaves the previous database untouched, unless a partial build is asked for
// explicitly, which the report then states in plain words.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCodebooks } from '../../../codebooks/build';
import { formatReport } from '../../../codebooks/report/format';
import { sha256 } from '../../../codebooks/sources/locate';
import { aboutData } from '../../../electron/services/about';
import { openCodebook } from '../../../electron/services/store';
import { madeUpManifest, MADE_UP_SOURCES } from '../../helpers/made-up-build';

let dir: string;
let out: string;
const manifest = madeUpManifest();

/** A copy of the made-up sources with one file deleted or replaced by a folder. */
function sourcesWith(change: 'deleted' | 'folder', file: string): string {
  const copy = mkdtempSync(join(dir, 'sources-'));
  for (const f of readdirSync(MADE_UP_SOURCES)) if (f !== file) copyFileSync(join(MADE_UP_SOURCES, f), join(copy, f));
  if (change === 'folder') mkdirSync(join(copy, file));
  return copy;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ppi-build-missing-'));
  out = join(dir, 'codebooks.sqlite');
  await buildCodebooks({ out, manifest, dirs: [MADE_UP_SOURCES], download: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build with a source missing or unreadable', () => {
  it.each([
    ['deleted', 'made-up-branching.csv', /made-up-branching\.csv.*not found/s],
    ['folder', 'made-up-observation.csv', /made-up-observation\.csv.*EISDIR/s],
  ] as const)('stops when a source is %s, naming it, and leaves the previous database untouched', async (change, file, message) => {
    const before = sha256(readFileSync(out));
    const sources = sourcesWith(change, file);
    const failed = buildCodebooks({ out, manifest, dirs: [sources], download: false });
    await expect(failed).rejects.toThrow(message);
    await expect(failed).rejects.toThrow(/--partial/);
    expect(sha256(readFileSync(out))).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('builds anyway when a partial build is asked for, and says so in the report, the terminal and About', async () => {
    const partialOut = join(dir, 'partial.sqlite');
    const report = await buildCodebooks({ out: partialOut, manifest, dirs: [sourcesWith('deleted', 'made-up-branching.csv')], download: false, allowPartial: true });
    expect(report.partial).toEqual({ missing: [{ id: 'made-up:made-up-branching.csv', file: 'made-up-branching.csv', reason: expect.stringMatching(/not found/) }] });
    expect(formatReport(report)).toMatch(/PARTIAL BUILD: 1 source file was missing.*made-up-branching\.csv/s);
    const db = openCodebook(partialOut);
    try {
      expect(aboutData(db).partial).toEqual({ missing: [{ id: 'made-up:made-up-branching.csv', file: 'made-up-branching.csv', reason: expect.any(String) }] });
    } finally {
      db.close();
    }
    const full = openCodebook(out);
    try {
      expect(aboutData(full).partial).toBeNull();
    } finally {
      full.close();
    }
  });
});
