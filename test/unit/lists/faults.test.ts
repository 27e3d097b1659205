// Atomic saves proven by fault injection (issue 17, item 3): the lists file layer runs on an
// in-memory file system that keeps only what a power cut would keep (bytes once fsynced, names
// once their folder is fsynced). A save is made to fail (EIO) or crash at every one of its steps
// — after the temporary write, before and after fsync, before and after the rename, during the
// backup rotation — and each time the previous good file (or the new one, once its rename is
// durable) loads from the main file itself: a load that needs a backup fails the test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadListsFile, removeStaleTemps, saveListsFile } from '../../../electron/services/lists/lists-file';
import { createList } from '../../../electron/services/lists/operations';
import { emptyListsFile, LISTS_FILE_NAME, type ListsFile } from '../../../electron/services/lists/schema';
import { ListsStore } from '../../../electron/services/lists/lists-store';
import { openRealDb } from '../../helpers/real-db';
import { Crashed, FaultyFs, MemoryFs } from './helpers/memory-fs';

const DIR = '/made-up-user-data';
const PATH = join(DIR, LISTS_FILE_NAME);
const withList = (name: string, base: ListsFile) => createList(base, name).data;
const names = (d: ListsFile) => d.lists.map((l) => l.name);
const GOOD = ['First', 'Second'];
const NEXT = ['First', 'Second', 'Third'];

/** A folder where two saves succeeded (so every backup generation exists) and were made durable. */
function savedTwice(): { mem: MemoryFs; next: ListsFile } {
  const mem = new MemoryFs();
  mem.mkdirp(DIR);
  const first = withList('First', emptyListsFile());
  saveListsFile(PATH, first, mem);
  const second = withList('Second', first);
  saveListsFile(PATH, second, mem);
  mem.crash(); // nothing above may depend on bytes that were never made durable
  expect(names(loadListsFile(PATH, { fs: mem, setAside: false }).data)).toEqual(GOOD);
  return { mem, next: withList('Third', second) };
}

/** The steps of one save, as the file system sees them. */
function stepsOfASave(): string[] {
  const { mem, next } = savedTwice();
  const faulty = new FaultyFs(mem);
  saveListsFile(PATH, next, faulty);
  return faulty.log;
}

// Needed to name the tests below, so computed while the file is collected; a failure here would
// hide every test of the file (and, under Stryker, count as no failure), so the first test redoes it.
const STEPS = ((): string[] => {
  try {
    return stepsOfASave();
  } catch {
    return [];
  }
})();
const MAIN_RENAME = STEPS.indexOf(`rename ${LISTS_FILE_NAME}.tmp→${LISTS_FILE_NAME}`);
/** The folder's fsync after the main file's rename: once it has run, the new content must survive. */
const DURABLE_AT = STEPS.indexOf(`fsync ${DIR.slice(1)}`, MAIN_RENAME);
let backupLoads = 0;

function loadAfter(mem: MemoryFs) {
  const r = loadListsFile(PATH, { fs: mem });
  if (r.from !== 'main') backupLoads++;
  return r;
}

describe('a save failing or crashing at every step', () => {
  it('has the steps the test means to break', () => {
    expect(stepsOfASave()).toEqual(STEPS);
    const main = LISTS_FILE_NAME;
    const expected = [`open(w) ${main}.tmp`, `write ${main}.tmp`, `fsync ${main}.tmp`, `close ${main}.tmp`, `rename ${main}.tmp→${main}`, `fsync ${DIR.slice(1)}`, `remove ${main}.bak.3`, `rename ${main}.bak.2→${main}.bak.3`, `rename ${main}.bak→${main}.bak.2`];
    for (const step of expected) expect(STEPS.map((s) => s.replace(/^open\(r\) made-up-user-data$/, ''))).toContain(step);
    expect(DURABLE_AT).toBeGreaterThan(MAIN_RENAME);
    expect(STEPS.length).toBeGreaterThan(20);
  });

  it.each(STEPS.map((s, i) => [i, s] as const).concat([[STEPS.length, '(after the last step)']]))('crash at step %i (%s): the main file loads, old or new, no fallback', (at, _step) => {
    const { mem, next } = savedTwice();
    const faulty = new FaultyFs(mem, at, 'crash');
    try {
      saveListsFile(PATH, next, faulty); // may "return" after the crash: a dead process returns nothing
    } catch (e) {
      if (!(e instanceof Crashed)) throw e;
    }
    expect(faulty.crashed).toBe(at < STEPS.length);
    mem.crash();
    const r = loadAfter(mem);
    expect(r).toMatchObject({ from: 'main', notices: [] });
    expect(names(r.data)).toEqual(at > DURABLE_AT ? NEXT : at <= MAIN_RENAME ? GOOD : expect.toBeOneOf([GOOD, NEXT]));
    removeStaleTemps(PATH, mem);
    expect(mem.readdir(DIR).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it.each(STEPS.map((s, i) => [i, s] as const))('failure (EIO) at step %i (%s): the save throws or reports it, the main file is whole', (at, step) => {
    const { mem, next } = savedTwice();
    let outcome: string;
    try {
      const r = saveListsFile(PATH, next, new FaultyFs(mem, at, 'fail'));
      outcome = r.backupError ? 'saved, backup failed' : 'saved';
    } catch (e) {
      expect((e as Error).message).toMatch(/EIO: injected failure/);
      outcome = 'refused';
    }
    const r = loadAfter(mem);
    expect(r.from).toBe('main');
    const mainRenamed = at > MAIN_RENAME;
    expect(names(r.data)).toEqual(mainRenamed ? NEXT : GOOD);
    expect(outcome === 'refused').toBe(!mainRenamed); // never "saved" when it was not, never "refused" when it was
    if (step.startsWith('fsync made-up-user-data')) expect(outcome).not.toBe('refused');
    expect(mem.readdir(DIR).filter((f) => f.includes('.tmp-'))).toEqual([]); // nothing half-written left behind
  });

  it('needed no backup in any of the loads above', () => {
    expect(backupLoads).toBe(0);
  });
});

describe('the store on a failing file system', () => {
  it('a change that cannot be saved is refused and leaves the lists as they were; the next one saves', () => {
    const { mem } = savedTwice();
    const db = openRealDb();
    try {
      const store = new ListsStore(PATH, db, { fs: mem });
      const failing = new ListsStore(PATH, db, { fs: new FaultyFs(mem, (step) => step === `rename ${LISTS_FILE_NAME}.tmp→${LISTS_FILE_NAME}`, 'fail') });
      expect(() => failing.apply({ op: 'create', name: 'Lost' })).toThrow(/EIO/);
      expect(names({ version: 1, lists: failing.state().lists })).toEqual(GOOD);
      expect(names(loadListsFile(PATH, { fs: mem }).data)).toEqual(GOOD);
      expect(names({ version: 1, lists: store.apply({ op: 'create', name: 'Third' }).lists })).toEqual(NEXT);
      expect(names(loadListsFile(PATH, { fs: mem }).data)).toEqual(NEXT);
    } finally {
      db.close();
    }
  });
});
