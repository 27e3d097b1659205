// writeFileAtomic on a real folder: the bytes land exactly, the file is private to the user, and a
// failed write or rename leaves neither a temporary file nor a changed target behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_MARK, writeFileAtomic } from '../../../electron/services/lists/atomic-file';
import { useTempDirs } from './helpers/temp-dir';

const tempDir = useTempDirs();
const temps = (dir: string) => readdirSync(dir).filter((f) => f.includes(TEMP_MARK));

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and bytes as they are, replacing what was there', () => {
    const dir = tempDir();
    const file = join(dir, 'lists.json');
    writeFileSync(file, 'old content, longer than the new one');
    writeFileAtomic(file, 'días ✓');
    expect(readFileSync(file, 'utf8')).toBe('días ✓');
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    writeFileAtomic(file, bytes);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
    writeFileAtomic(file, '');
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(readdirSync(dir)).toEqual(['lists.json']);
  });

  it('creates the file readable and writable by its owner only', () => {
    if (process.platform === 'win32') return; // no POSIX modes there
    const file = join(tempDir(), 'private.json');
    writeFileAtomic(file, '{}');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a rename that fails leaves the target as it was and no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep me');
    expect(() => writeFileAtomic(target, 'new')).toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM|EACCES/);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(temps(dir)).toEqual([]);
  });

  it('a folder that does not exist is an error, and nothing is created', () => {
    const dir = tempDir();
    const file = join(dir, 'missing', 'lists.json');
    expect(() => writeFileAtomic(file, '{}')).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
