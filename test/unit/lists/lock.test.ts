// Two processes on one user-data folder (issue 14, defect 5): the desktop app's single-instance
// lock does not cover the browser mode or a second app on the same folder. With the lock on the
// lists file every confirmed change is on disk, and a writer whose lists changed meanwhile is told.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadListsFile } from '../../../electron/services/lists/lists-file';
import { ListsBusyError, lockPath, withListsLock } from '../../../electron/services/lists/lists-lock';
import { ListsStore, listsFilePath } from '../../../electron/services/lists/lists-store';
import { openRealDb, realDbPath } from '../../helpers/real-db';
import { useTempDirs } from './helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const tempDir = useTempDirs();
const db = openRealDb();
let bundled = '';
const sleepers: ChildProcess[] = [];

beforeAll(() => {
  // Only our TypeScript is bundled; better-sqlite3 and zod are found in node_modules from here.
  bundled = join(ROOT, 'node_modules', '.cache', 'ppi-tests', `store-writer-${process.pid}.mjs`);
  buildSync({ entryPoints: [join(import.meta.dirname, 'helpers', 'store-writer.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: bundled, logLevel: 'silent' });
});
afterAll(() => {
  for (const s of sleepers) s.kill();
  rmSync(bundled, { force: true });
  db.close();
});

async function writer(path: string, prefix: string, n: number): Promise<{ confirmed: number; busy: number; notices: string[] }> {
  const child = spawn(process.execPath, [bundled, path, prefix, String(n), realDbPath()], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (err += c));
  const [code] = await once(child, 'exit');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out);
}

/** A live process that is not us, to hold a lock. */
function livePid(): number {
  const s = spawn('sleep', ['30'], { stdio: 'ignore' });
  sleepers.push(s);
  return s.pid!;
}

describe('the lists file across processes', () => {
  it('two processes saving at once: every confirmed change is on disk, and each is told of the other', async () => {
    const path = listsFilePath(tempDir());
    const [a, b] = await Promise.all([writer(path, 'a', 50), writer(path, 'b', 50)]);
    const onDisk = loadListsFile(path, { setAside: false });
    expect(onDisk.from).toBe('main');
    const names = onDisk.data.lists.map((l) => l.name);
    expect(a.confirmed + b.confirmed).toBe(100);
    expect(names.length).toBe(a.confirmed + b.confirmed);
    expect(new Set(names).size).toBe(100);
    const withQuestion = onDisk.data.lists.filter((l) => l.entries[0]?.conceptId === 1585860).map((l) => l.name).sort();
    expect(withQuestion).toEqual([...['a', 'b'].flatMap((p) => [0, 10, 20, 30, 40].map((i) => `${p}-${i}`))].sort());
    // Whether the two interleave (and so one is told of the other) depends on scheduling, so the
    // 'changed-elsewhere' notice is not asserted here.
    expect(existsSync(lockPath(path))).toBe(false);
  }, 120_000);

  it('a change while another live process holds the lock is refused with its pid, and nothing is written', () => {
    const path = listsFilePath(tempDir());
    const store = new ListsStore(path, db, { timeoutMs: 200 });
    store.apply({ op: 'create', name: 'Mine' });
    const before = readFileSync(path, 'utf8');
    const pid = livePid();
    writeFileSync(lockPath(path), JSON.stringify({ pid, host: hostname(), at: Date.now() }));
    expect(() => store.apply({ op: 'create', name: 'Blocked' })).toThrow(new RegExp(`being changed by process ${pid} on `));
    expect(() => store.apply({ op: 'create', name: 'Blocked' })).toThrow(ListsBusyError);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(store.state().lists.map((l) => l.name)).toEqual(['Mine']);
  });

  it('a lock left by a process that is gone, or older than any save, is broken', () => {
    const path = listsFilePath(tempDir());
    const dead = spawn(process.execPath, ['-e', '0']);
    writeFileSync(lockPath(path), JSON.stringify({ pid: dead.pid, host: hostname(), at: Date.now() }));
    return once(dead, 'exit').then(() => {
      expect(withListsLock(path, () => 'ran', { timeoutMs: 200 })).toBe('ran');
      writeFileSync(lockPath(path), JSON.stringify({ pid: livePid(), host: 'another-host', at: Date.now() - 60_000 }));
      expect(withListsLock(path, () => 'ran again', { timeoutMs: 200 })).toBe('ran again');
      expect(existsSync(lockPath(path))).toBe(false);
    });
  });

  it('the lock is released when the change throws', () => {
    const path = listsFilePath(tempDir());
    const store = new ListsStore(path, db);
    expect(() => store.apply({ op: 'rename', listId: 'no-such-list', name: 'x' })).toThrow();
    expect(existsSync(lockPath(path))).toBe(false);
  });
});
