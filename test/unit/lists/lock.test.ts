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
import { MemoryFs } from './helpers/memory-fs';
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
    // 'changed-elsewhere' notice is asserted below, with the two writers' turns taken explicitly.
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

describe('a writer whose lists another writer changed', () => {
  // Two stores on one folder of an in-memory file system stand for two processes; each call is one
  // process's turn, so the interleaving is fixed and the notice can be asserted exactly.
  const PATH = listsFilePath('/made-up-user-data');
  const kinds = (s: { notices: { kind: string }[] }) => s.notices.map((n) => n.kind);
  const twoWriters = () => {
    const mem = new MemoryFs();
    mem.mkdirp('/made-up-user-data');
    return [new ListsStore(PATH, db, { fs: mem }), new ListsStore(PATH, db, { fs: mem })] as const;
  };

  it("is told once, takes the other's lists before its own change, and is not told of its own saves", () => {
    const [a, b] = twoWriters();
    expect(kinds(a.apply({ op: 'create', name: 'A1' }))).toEqual([]);
    expect(kinds(a.apply({ op: 'create', name: 'A2' }))).toEqual([]); // its own save is no news
    const s = b.apply({ op: 'create', name: 'B1' });
    expect(s.notices).toEqual([{ kind: 'changed-elsewhere', file: PATH, reason: expect.stringMatching(/another PPI Explorer window/) }]);
    expect(s.lists.map((l) => l.name)).toEqual(['A1', 'A2', 'B1']);
    expect(kinds(b.apply({ op: 'create', name: 'B2' }))).toEqual(['changed-elsewhere']); // not repeated
    a.apply({ op: 'create', name: 'A3' });
    expect(kinds(b.current())).toEqual(['changed-elsewhere']); // said once, however often it happens
    expect(b.current().lists.map((l) => l.name)).toEqual(['A1', 'A2', 'B1', 'B2', 'A3']);
  });

  it('reading the lists catches up too; after the notice is dismissed, the next change is told again', () => {
    const [a, b] = twoWriters();
    a.apply({ op: 'create', name: 'A1' });
    expect(kinds(b.state())).toEqual([]); // state() is what b knows, without looking at the disk
    expect(b.state().lists).toEqual([]);
    const seen = b.current();
    expect(kinds(seen)).toEqual(['changed-elsewhere']);
    expect(seen.lists.map((l) => l.name)).toEqual(['A1']);
    expect(kinds(b.apply({ op: 'dismiss-notices' }))).toEqual([]);
    expect(kinds(b.current())).toEqual([]); // nothing new on disk
    a.apply({ op: 'delete', listId: seen.lists[0]!.id });
    const after = b.current();
    expect(kinds(after)).toEqual(['changed-elsewhere']);
    expect(after.lists).toEqual([]);
    expect(kinds(a.current())).toEqual([]); // a only ever saw its own saves
  });
});
