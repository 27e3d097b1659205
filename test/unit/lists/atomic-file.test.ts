// writeFileAtomic on a real folder: the bytes land exactly, the file is private to the user, and a
// failed write or rename leaves neither a temporary file nor a changed target behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_MARK, writeFileAtomic } from '../../../electron/services/lists/atomic-file';
import { MemoryFs } from './helpers/memory-fs';
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

describe('writeFileAtomic on an in-memory file system', () => {
  const DIR = '/made-up-folder';
  const FILE = `${DIR}/lists.json`;
  const text = (mem: MemoryFs) => mem.readFile(FILE).toString('utf8');
  const folder = () => {
    const mem = new MemoryFs();
    mem.mkdirp(DIR);
    writeFileAtomic(FILE, 'old', mem);
    return mem;
  };

  /** Writes at most 1,000 bytes a call, and refuses a range past the buffer as Node does. */
  class ShortWrites extends MemoryFs {
    calls = 0;
    override write(fd: number, bytes: Uint8Array, offset: number, length: number): number {
      this.calls++;
      if (offset + length > bytes.length) throw new RangeError(`offset ${offset} + length ${length} past ${bytes.length}`);
      return super.write(fd, bytes, offset, Math.min(length, 1000));
    }
  }

  /** A rename that fails with `code` while `failing` lasts (a scanner holding the file on Windows). */
  class BusyRename extends MemoryFs {
    renames = 0;
    failing = 0;
    constructor(private readonly code: string) {
      super();
    }
    override rename(from: string, to: string): void {
      this.renames++;
      if (this.failing-- > 0) throw Object.assign(new Error(`${this.code}: ${to}`), { code: this.code });
      super.rename(from, to);
    }
  }

  it('writes every byte when the file system takes a few at a time', () => {
    const mem = new ShortWrites();
    mem.mkdirp(DIR);
    const long = 'días ✓ '.repeat(500); // 4,500 bytes of UTF-8, fewer characters
    writeFileAtomic(FILE, long, mem);
    expect(text(mem)).toBe(long);
    expect(mem.calls).toBe(5);
    const bytes = new Uint8Array(2500).map((_, i) => i % 251);
    writeFileAtomic(FILE, bytes, mem);
    expect(new Uint8Array(mem.readFile(FILE))).toEqual(bytes);
  });

  it('is durable once it returns: name and bytes survive a power cut', () => {
    const mem = folder();
    writeFileAtomic(FILE, 'new', mem);
    mem.crash();
    expect(text(mem)).toBe('new');
    expect(mem.readdir(DIR)).toEqual(['lists.json']);
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename refused with %s, and succeeds when it is let through', (code) => {
    const mem = new BusyRename(code);
    mem.mkdirp(DIR);
    mem.failing = 2;
    writeFileAtomic(FILE, 'new', mem);
    expect(text(mem)).toBe('new');
    expect(mem.renames).toBe(3);
  });

  it('gives up after six tries, or at once on any other error, leaving the old file and no temporary file', () => {
    for (const [code, failing, tries] of [['EBUSY', 99, 6], ['EIO', 1, 1], ['ENOSPC', 1, 1]] as const) {
      const mem = new BusyRename(code);
      mem.mkdirp(DIR);
      writeFileAtomic(FILE, 'old', mem);
      Object.assign(mem, { renames: 0, failing });
      expect(() => writeFileAtomic(FILE, 'new', mem)).toThrow(code);
      expect(mem.renames).toBe(tries);
      expect(text(mem)).toBe('old');
      expect(mem.readdir(DIR)).toEqual(['lists.json']);
    }
  });
});
