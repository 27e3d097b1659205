// The lists file: versioned schema, backup of the previous version, corrupt files set aside.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('keeps the previous version as the backup on every save, and leaves no temporary file', () => {
    const { dir, path } = savedTwice();
    expect(names(loadListsFile(path).data)).toEqual(['First', 'Second']);
    expect(names(loadListsFile(backupPath(path)).data)).toEqual(['First']);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    expect(filesIn(dir)).toEqual([LISTS_FILE_NAME, `${LISTS_FILE_NAME}.bak`]);
  });

  it.each([
    ['truncated JSON', (t: string) => t.slice(0, t.length / 2), /not valid JSON/],
    ['an empty file', () => '', /not valid JSON/],
    ['a schema violation', (t: string) => t.replace('"name": "Second"', '"name": 42'), /schema at lists.1.name/],
    ['an unknown version', (t: string) => t.replace('"version": 1', '"version": 2'), /unknown version 2/],
    ['binary garbage', () => '\u0000\u0001\u00ff', /not valid JSON/],
  ])('sets aside %s, says so, restores the backup as the main file', (_what, spoil, reason) => {
    const { dir, path } = savedTwice();
    writeFileSync(path, spoil(readFileSync(path, 'utf8')));
    const spoiled = readFileSync(path);
    const r = loadListsFile(path);
    expect(r.from).toBe('backup');
    expect(names(r.data)).toEqual(['First']);
    expect(r.notices.map((n) => n.kind)).toEqual(['set-aside', 'restored-from-backup']);
    expect(r.notices[0]!.reason).toMatch(reason);
    const corrupt = filesIn(dir).find((f) => f.startsWith(`${LISTS_FILE_NAME}.corrupt-`))!;
    expect(readFileSync(join(dir, corrupt))).toEqual(spoiled); // kept, byte for byte
    expect(loadListsFile(path)).toMatchObject({ from: 'main', notices: [] });
  });

  it('with both files bad: both set aside, empty lists, two notices', () => {
    const { dir, path } = savedTwice();
    writeFileSync(path, '{');
    writeFileSync(backupPath(path), '[]');
    const r = loadListsFile(path);
    expect(r).toMatchObject({ from: 'empty', data: emptyListsFile() });
    expect(r.notices.map((n) => n.kind)).toEqual(['set-aside', 'backup-set-aside']);
    expect(filesIn(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
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
    expect(filesIn(dir)).toEqual([LISTS_FILE_NAME, `${LISTS_FILE_NAME}.bak`]);
  });
});
