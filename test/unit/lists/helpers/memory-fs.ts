// An in-memory file system that models what survives a power cut: a file's bytes are durable
// only once fsynced, a name (create, rename, remove) only once its folder is fsynced. crash()
// drops everything else. FaultyFs wraps it to fail (EIO) or crash at the n-th operation.
import { basename, dirname } from 'node:path';
import type { FileSystem } from '../../../../electron/services/lists/file-system';

interface Inode {
  data: Buffer;
  durable: Buffer;
  mtimeMs: number;
}

const fsError = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code });

export class MemoryFs implements FileSystem {
  private inodes: Inode[] = [];
  private names = new Map<string, number>();
  private durableNames = new Map<string, number>();
  private dirs = new Set<string>();
  private fds = new Map<number, { inode?: number; dir?: string }>();
  private nextFd = 3;

  readFile(path: string): Buffer {
    const ino = this.names.get(path);
    if (ino === undefined) throw fsError('ENOENT', path);
    return Buffer.from(this.inodes[ino]!.data);
  }
  open(path: string, flags: 'w' | 'wx' | 'r'): number {
    const fd = this.nextFd++;
    if (flags === 'r' && this.dirs.has(path)) return this.fds.set(fd, { dir: path }), fd;
    let ino = this.names.get(path);
    if (flags === 'r' && ino === undefined) throw fsError('ENOENT', path);
    if (flags === 'wx' && ino !== undefined) throw fsError('EEXIST', path);
    if (!this.dirs.has(dirname(path))) throw fsError('ENOENT', dirname(path));
    if (ino === undefined) {
      ino = this.inodes.push({ data: Buffer.alloc(0), durable: Buffer.alloc(0), mtimeMs: Date.now() }) - 1;
      this.names.set(path, ino);
    } else if (flags !== 'r') this.inodes[ino]!.data = Buffer.alloc(0);
    this.fds.set(fd, { inode: ino });
    return fd;
  }
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number {
    const inode = this.inodes[this.fds.get(fd)!.inode!]!;
    inode.data = Buffer.concat([inode.data, bytes.subarray(offset, offset + length)]);
    inode.mtimeMs = Date.now();
    return length;
  }
  fsync(fd: number): void {
    const open = this.fds.get(fd)!;
    if (open.inode !== undefined) {
      const inode = this.inodes[open.inode]!;
      inode.durable = Buffer.from(inode.data);
      return;
    }
    for (const name of [...this.durableNames.keys()]) if (dirname(name) === open.dir) this.durableNames.delete(name);
    for (const [name, ino] of this.names) if (dirname(name) === open.dir) this.durableNames.set(name, ino);
  }
  close(fd: number): void {
    this.fds.delete(fd);
  }
  rename(from: string, to: string): void {
    const ino = this.names.get(from);
    if (ino === undefined) throw fsError('ENOENT', from);
    this.names.set(to, ino);
    this.names.delete(from);
  }
  remove(path: string): void {
    this.names.delete(path);
  }
  exists(path: string): boolean {
    return this.names.has(path) || this.dirs.has(path);
  }
  mtimeMs(path: string): number | null {
    const ino = this.names.get(path);
    return ino === undefined ? null : this.inodes[ino]!.mtimeMs;
  }
  readdir(dir: string): string[] {
    return [...this.names.keys()].filter((n) => dirname(n) === dir).map((n) => basename(n)).sort();
  }
  mkdirp(dir: string): void {
    this.dirs.add(dir); // folders are made once, before any test step
  }
  /** The power cut: only fsynced bytes under fsynced names remain. */
  crash(): void {
    this.names = new Map(this.durableNames);
    for (const inode of this.inodes) inode.data = Buffer.from(inode.durable);
    this.fds.clear();
  }
}

export class Crashed extends Error {}

/** Counts operations; at operation `at` fails with EIO, or "crashes" (that and every later
 *  operation throws Crashed and does nothing, as in a process that is gone). */
export class FaultyFs implements FileSystem {
  readonly log: string[] = [];
  crashed = false;

  constructor(
    private readonly fs: MemoryFs,
    /** The step number, or a test on the step's label ("rename variable-lists.json.tmp→variable-lists.json"). */
    private readonly at: number | ((step: string) => boolean) = -1,
    private readonly mode: 'fail' | 'crash' = 'fail',
  ) {}

  private step<T>(name: string, path: string, run: () => T): T {
    if (this.crashed) throw new Crashed(name);
    const label = `${name} ${basename(path).replace(/\.tmp-.*/, '.tmp')}`;
    const n = this.log.push(label) - 1;
    const hit = typeof this.at === 'number' ? n === this.at : this.at(label);
    if (hit && this.mode === 'crash') {
      this.crashed = true;
      throw new Crashed(name);
    }
    if (hit) throw Object.assign(new Error(`EIO: injected failure at ${name} ${path}`), { code: 'EIO' });
    return run();
  }

  private fdPaths = new Map<number, string>();
  readFile = (p: string) => this.step('read', p, () => this.fs.readFile(p));
  open = (p: string, f: 'w' | 'wx' | 'r') => this.step(`open(${f})`, p, () => {
    const fd = this.fs.open(p, f);
    this.fdPaths.set(fd, p);
    return fd;
  });
  write = (fd: number, b: Uint8Array, o: number, l: number) => this.step('write', this.fdPaths.get(fd)!, () => this.fs.write(fd, b, o, l));
  fsync = (fd: number) => this.step('fsync', this.fdPaths.get(fd)!, () => this.fs.fsync(fd));
  close = (fd: number) => this.step('close', this.fdPaths.get(fd)!, () => this.fs.close(fd));
  rename = (a: string, b: string) => this.step('rename', `${basename(a).replace(/\.tmp-.*/, '.tmp')}→${basename(b)}`, () => this.fs.rename(a, b));
  remove = (p: string) => this.step('remove', p, () => this.fs.remove(p));
  exists = (p: string) => this.step('exists', p, () => this.fs.exists(p));
  mtimeMs = (p: string) => this.step('mtime', p, () => this.fs.mtimeMs(p));
  readdir = (d: string) => this.step('readdir', d, () => this.fs.readdir(d));
  mkdirp = (d: string) => this.step('mkdir', d, () => this.fs.mkdirp(d));
}
