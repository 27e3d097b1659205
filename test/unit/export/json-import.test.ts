// JSON export: importing it restores the list, in the same or in another user-data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportList } from '../../../electron/services/export/index';
import { ListsStore, listsFilePath } from '../../../electron/services/lists/lists-store';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from './sample-list';

const db = openRealDb();
const { list, store, dir } = sampleList(db);
const other = mkdtempSync(join(tmpdir(), 'ppi-import-'));
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true }), rmSync(other, { recursive: true, force: true })));

describe('JSON export and import', () => {
  it('restores the list exactly after it was deleted', async () => {
    const file = await exportList(list, 'json', sampleContext(db));
    const doc = JSON.parse(file.content);
    expect(doc).toMatchObject({ format: 'ppi-explorer-variable-list', version: 1, codebookAsOf: expect.any(String), list: { name: list.name } });
    store.apply({ op: 'delete', listId: list.id });
    const restored = store.apply({ op: 'import', json: file.content }).lists.find((l) => l.id === list.id);
    expect(restored).toEqual(list);
  });

  it('imports into another folder, and twice without clashing', async () => {
    const json = (await exportList(list, 'json', sampleContext(db))).content;
    const fresh = new ListsStore(listsFilePath(other), db);
    fresh.apply({ op: 'import', json });
    const s = fresh.apply({ op: 'import', json });
    expect(s.lists.map((l) => l.name)).toEqual([list.name, `${list.name} (2)`]);
    expect(s.lists[0]!.entries).toEqual(list.entries);
    expect(s.lists[1]!.id).not.toBe(list.id);
    expect(new ListsStore(listsFilePath(other), db).state().lists).toEqual(s.lists);
  });

  it('refuses a JSON file that is not an exported list, naming the field', () => {
    const fresh = new ListsStore(listsFilePath(other), db);
    expect(() => fresh.apply({ op: 'import', json: JSON.stringify({ format: 'ppi-explorer-variable-list', version: 1 }) })).toThrow(/not an exported variable list: exportedAt/);
  });
});
