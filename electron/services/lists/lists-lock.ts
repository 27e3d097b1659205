// A lock across processes on the lists file: the desktop app, the browser mode and any other
// process on one user-data folder take it around each read-change-write, so a second writer
// never silently overwrites the first. <file>.lock holds the owner's pid, host and time; a lock
// whose owner is gone (same host, no such process) or that is older than any save takes is stale.
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';

export class ListsBusyError extends Error {}

export const lockPath = (path: string) => `${path}.lock`;

interface Owner {
  pid: number;
  host: string;
  at: number;
}

export interface LockOptions {
  fs?: FileSystem;
  /** How long to wait for another process's save (ms). */
  timeoutMs?: number;
  /** A lock older than this is left over from a crash (a save takes milliseconds). */
  staleMs?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM'; // exists, owned by someone else
  }
}

function readOwner(fs: FileSystem, path: string): Owner | null {
  try {
    const o = JSON.parse(fs.readFile(path).toString('utf8')) as Owner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' && typeof o.at === 'number' ? o : null;
  } catch {
    return null;
  }
}

function isStale(fs: FileSystem, path: string, staleMs: number): boolean {
  const owner = readOwner(fs, path);
  const age = Date.now() - (owner?.at ?? fs.mtimeMs(path) ?? Date.now());
  if (age > staleMs) return true;
  return owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
}

function tryCreate(fs: FileSystem, path: string): boolean {
  let fd: number;
  try {
    fd = fs.open(path, 'wx');
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw e;
  }
  try {
    const owner = Buffer.from(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() } satisfies Owner));
    fs.write(fd, owner, 0, owner.length);
  } finally {
    fs.close(fd);
  }
  return true;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `fn` holding the lock; throws ListsBusyError naming the holder if it is not free in time. */
export function withListsLock<T>(path: string, fn: () => T, o: LockOptions = {}): T {
  const fs = o.fs ?? nodeFileSystem;
  const lock = lockPath(path);
  const deadline = Date.now() + (o.timeoutMs ?? 3000);
  fs.mkdirp(dirname(lock));
  while (!tryCreate(fs, lock)) {
    if (isStale(fs, lock, o.staleMs ?? 30_000)) {
      fs.remove(lock);
      continue;
    }
    if (Date.now() > deadline) {
      const owner = readOwner(fs, lock);
      const who = owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
      throw new ListsBusyError(`the lists file is being changed by ${who} (another PPI Explorer window, browser mode or command); nothing was saved, try again`);
    }
    sleep(5 + Math.random() * 20);
  }
  try {
    return fn();
  } finally {
    fs.remove(lock);
  }
}
