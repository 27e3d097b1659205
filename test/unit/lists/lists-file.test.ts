// The lists file: versioned schema, generations of backups (the newest a copy of the last save),
// corrupt files set aside, a restore that says what it recovered and what may be missing.
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPath, loadListsFile, removeStaleTemps, saveListsFile } from '../../../electron/services/lists/lists-file';
import { createList } from '../../../electron/services/lists/operations';
import { emptyListsFile, LISTS_FILE_NAME, type ListsFile } from '../../../electron/services/lists/schema';
import { useTempDirs } from './helpers/temp-dir';

const tempDir = useTempDirs();
const withList = (name: string, base: ListsFile = emptyListsFile()) => createList(base, name).data;
const names = (d: ListsFile) => d.lists.map((l) => l.name);
const filesIn = (dir: string) => readdirSync(dir).sort();

function savedTwice() {
  const dir = tempDir();
  const path = join(dir, LISTS_FILE_NAME);
  const first = withList('First');
  saveListsFile(path, first);
  saveListsFile(path, withList('Second', first));
  return { dir, path };
}

describe('the lists file', () => {
  it('starts empty when there is no file, and writes nothing on load', () => {
    const dir = tempDir();
    expect(loadListsFile(join(dir, LISTS_FILE_NAME))).toEqual({ data: emptyListsFile(), from: 'empty', notices: [] });
    expect(filesIn(dir)).toEqual([]);
  });

  it('keeps the last save as the newest backup and older saves as generations, and leaves no temporary file', () => {
    const { dir, path } = savedTwice();
    expect(names(loadListsFile(path).data)).toEqual(['First', 'Second']);
    expect(names(loadListsFile(backupPath(path)).data)).toEqual(['First', 'Second']); // not one save behind
    expect(names(loadListsFile(`${backupPath(path)}.2`).data)).toEqual(['First']);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    expect(filesIn(dir)).toEqual([LISTS_FILE_NAME, `${LISTS_FILE_NAME}.bak`, `${LISTS_FILE_NAME}.bak.2`]);
    let data = loadListsFile(path).data;
    for (const name of ['Third', 'Fourth']) saveListsFile(path, (data = withList(name, data)));
    expect(names(loadListsFile(`${backupPath(path)}.3`).data)).toEqual(['First', 'Second']); // three generations, the oldest dropped
    expect(filesIn(dir)).toHaveLength(4);
  });

  it('reads a file that starts with a UTF-8 byte-order mark (as Windows Notepad saves it)', () => {
    const { path } = savedTwice();
    writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8'));
    expect(loadListsFile(path)).toMatchObject({ from: 'main', notices: [] });
  });

  it.each([
    ['truncated JSON', (t: string) => t.slice(0, t.length / 2), /not valid JSON/],
    ['an empty file', () => '', /not valid JSON/],
    ['a schema violation', (t: string) => t.replace('"name": "Second"', '"name": 42'), /schema at lists.1.name/],
    ['an unknown version', (t: string) => t.replace('"version": 1', '"version": 2'), /unknown version 2/],
    ['binary garbage', () => '\u0000\u0001\u00ff', /not valid JSON/],
  ])('sets aside %s, says so, restores the last save from the backup as the main file', (_what, spoil, reason) => {
    const { dir, path } = savedTwice();
    const savedAt = JSON.parse(readFileSync(path, 'utf8')).savedAt;
    writeFileSync(path, spoil(readFileSync(path, 'utf8')));
    const spoiled = readFileSync(path);
    const r = loadListsFile(path);
    expect(r.from).toBe('backup');
    expect(names(r.data)).toEqual(['First', 'Second']); // the latest change is not lost
    expect(r.notices.map((n) => n.kind)).toEqual(['set-aside', 'restored-from-backup']);
    expect(r.notices[1]).toMatchObject({ file: backupPath(path), savedAt, lists: 2, questions: 0, mayBeMissing: 'nothing' });
    expect(r.notices[0]!.reason).toMatch(reason);
    const corrupt = filesIn(dir).find((f) => f.startsWith(`${LISTS_FILE_NAME}.corrupt-`))!;
    expect(readFileSync(join(dir, corrupt))).toEqual(spoiled); // kept, byte for byte
    expect(loadListsFile(path)).toMatchObject({ from: 'main', notices: [] });
  });

  it('a damaged file written after the backup: says that changes after the backup may be missing', () => {
    const { path } = savedTwice();
    writeFileSync(path, '{');
    const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000); // whole seconds: exact in every file system
    utimesSync(path, later, later);
    const restored = loadListsFile(path).notices[1]!;
    expect(restored).toMatchObject({ kind: 'restored-from-backup', mayBeMissing: 'later-changes', damagedAt: later.toISOString() });
  });

  it('with the main file and the newest backup bad: the next generation, saying later changes may be missing', () => {
    const { dir, path } = savedTwice();
    writeFileSync(path, '{');
    writeFileSync(backupPath(path), '[]');
    const r = loadListsFile(path);
    expect(r).toMatchObject({ from: 'backup' });
    expect(names(r.data)).toEqual(['First']);
    expect(r.notices.map((n) => n.kind)).toEqual(['set-aside', 'backup-set-aside', 'restored-from-backup']);
    expect(r.notices[2]).toMatchObject({ file: `${backupPath(path)}.2`, lists: 1, mayBeMissing: 'later-changes' });
    expect(filesIn(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
  });

  it('a backup from an older version (no save time, one save behind) is said to maybe lack later changes', () => {
    const { path } = savedTwice();
    const old = JSON.parse(readFileSync(backupPath(path), 'utf8'));
    delete old.savedAt;
    writeFileSync(backupPath(path), JSON.stringify(old));
    rmSync(path);
    expect(loadListsFile(path).notices).toMatchObject([{ kind: 'restored-from-backup', mayBeMissing: 'later-changes', savedAt: expect.any(String) }]);
  });

  it('with every file bad: all set aside, empty lists, a notice for each', () => {
    const { dir, path } = savedTwice();
    writeFileSync(path, '{');
    writeFileSync(backupPath(path), '[]');
    writeFileSync(`${backupPath(path)}.2`, 'null');
    const r = loadListsFile(path);
    expect(r).toMatchObject({ from: 'empty', data: emptyListsFile() });
    expect(r.notices.map((n) => n.kind)).toEqual(['set-aside', 'backup-set-aside', 'backup-set-aside']);
    expect(filesIn(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(3);
  });

  it('read-only loading (the command line) uses the backup but moves nothing', () => {
    const { dir, path } = savedTwice();
    writeFileSync(path, 'not json');
    const before = filesIn(dir);
    const r = loadListsFile(path, { setAside: false });
    expect(r.from).toBe('backup');
    expect(filesIn(dir)).toEqual(before);
  });

  it('a missing main file falls back to the backup', () => {
    const { path } = savedTwice();
    rmSync(path);
    expect(loadListsFile(path)).toMatchObject({ from: 'backup', notices: [{ kind: 'restored-from-backup' }] });
    expect(existsSync(path)).toBe(true);
  });

  it('refuses to save data that breaks the schema, leaving the file as it was', () => {
    const { path } = savedTwice();
    const before = readFileSync(path, 'utf8');
    expect(() => saveListsFile(path, { version: 1, lists: [{ name: '' }] } as unknown as ListsFile)).toThrow();
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('removes temporary files left by a killed writer', () => {
    const { dir, path } = savedTwice();
    writeFileSync(join(dir, `${LISTS_FILE_NAME}.tmp-123-abcd`), '{"half');
    writeFileSync(join(dir, `${LISTS_FILE_NAME}.bak.tmp-123-abcd`), '{"half');
    expect(removeStaleTemps(path)).toBe(2);
    expect(filesIn(dir)).toEqual([LISTS_FILE_NAME, `${LISTS_FILE_NAME}.bak`, `${LISTS_FILE_NAME}.bak.2`]);
  });
});
