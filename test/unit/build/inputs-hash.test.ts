// ensure-db rebuilds the database when anything the build runs has changed: its own folder, and
// the files it imports from elsewhere (the viewer's find-text.ts makes the highlight boxes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputs, buildInputsHash } from '../../../codebooks/inputs-hash';

const dir = mkdtempSync(join(tmpdir(), 'inputs-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('the build inputs fingerprint', () => {
  it('follows the build’s imports out of its folder, and only those', () => {
    // A made-up project: the build imports a shared file, which imports another; one file is unused.
    write('made-up-build/build.ts', "import { f } from '../made-up-shared/find';\nexport const x = await import('./later');\n");
    write('made-up-build/later.ts', 'export const later = 1;\n');
    write('made-up-shared/find.ts', "import { g } from './fold';\nexport const f = g;\n");
    write('made-up-shared/fold.ts', 'export const g = 1;\n');
    write('made-up-shared/unused.ts', 'export const u = 1;\n');
    const root = join(dir, 'made-up-build');
    expect(buildInputs(root).map((f) => relative(dir, f)).sort()).toEqual(['made-up-build/build.ts', 'made-up-build/later.ts', 'made-up-shared/find.ts', 'made-up-shared/fold.ts']);
    const before = buildInputsHash(root);
    write('made-up-shared/unused.ts', 'export const u = 2;\n');
    expect(buildInputsHash(root)).toBe(before);
    write('made-up-shared/fold.ts', 'export const g = 2;\n');
    expect(buildInputsHash(root)).not.toBe(before);
  });

  it('takes in the viewer’s find code on the real build', () => {
    const files = buildInputs().map((f) => relative(resolve(import.meta.dirname, '../../..'), f));
    expect(files).toContain('renderer/src/features/pdf/find-text.ts');
    expect(files).toContain('renderer/src/features/pdf/links.ts');
    expect(files).toContain('electron/services/search/sorted-terms.ts');
    expect(files).toContain('codebooks/build.ts');
  });
});
