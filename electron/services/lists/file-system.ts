// The few file operations the lists file layer uses, as one interface: Node's fs by default,
// a fault-injecting or in-memory one in tests (every step of a save can be made to fail or crash).
import * as fs from 'node:fs';

export interface FileSystem {
  /** Throws an error with code ENOENT when the file does not exist. */
  readFile(path: string): Buffer;
  /** 'w': create or truncate for writing; 'wx': create, failing with EEXIST; 'r': read (also a folder). */
  open(path: string, flags: 'w' | 'wx' | 'r'): number;
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  /** Removes a file; no error if it is already gone. */
  remove(path: string): void;
  exists(path: string): boolean;
  /** Last modification time in ms, or null if there is no such file. */
  mtimeMs(path: string): number | null;
  readdir(dir: string): string[];
  mkdirp(dir: string): void;
}

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fs.readFileSync(path),
  open: (path, flags) => fs.openSync(path, flags, 0o600),
  write: (fd, bytes, offset, length) => fs.writeSync(fd, bytes, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  remove: (path) => fs.rmSync(path, { force: true }),
  exists: (path) => fs.existsSync(path),
  mtimeMs: (path) => fs.statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? null,
  readdir: (dir) => fs.readdirSync(dir),
  mkdirp: (dir) => void fs.mkdirSync(dir, { recursive: true }),
};

export const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;
