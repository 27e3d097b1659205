// The lists feature's store without React, over the real handlers (the same dispatch as IPC and
// the browser mode), the real codebook and a real user-data folder.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../../electron/contract/build-api';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatchAsync } from '../../../electron/ipc/register';
import { createListsStore } from '../../../renderer/src/features/lists/lists-store';
import { canCopy } from '../../../renderer/src/features/lists/export-file';
import { openRealDb } from '../../helpers/real-db';
import { useTempDirs } from '../lists/helpers/temp-dir';

const db = openRealDb();
afterAll(() => db.close());
const tempDir = useTempDirs();

function storeOverRealHandlers() {
  const handlers = createHandlers(db, { name: 'PPI Explorer', version: '0.0.0-test', mode: 'browser' }, { userDataDir: tempDir() });
  return createListsStore(buildApi((channel, arg) => dispatchAsync(handlers, channel, arg)));
}

describe('lists store', () => {
  it('loads, creates (selecting the new list), adds, and keeps the count', async () => {
    const store = storeOverRealHandlers();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', lists: [], count: 0, selectedId: null });
    await store.getState().change({ op: 'create', name: 'A' });
    await store.getState().change({ op: 'create', name: 'B' });
    const b = store.getState().lists[1]!;
    expect(store.getState().selectedId).toBe(b.id);
    await store.getState().change({ op: 'add', listId: b.id, item: 'Smoking_SmokeFrequency', answers: 'all' });
    await store.getState().change({ op: 'add', listId: b.id, item: '1585857', answers: 'all' });
    expect(store.getState().count).toBe(2);
  });

  it('steps entries up and down, refusing to step past either end', async () => {
    const store = storeOverRealHandlers();
    await store.getState().change({ op: 'add', newListName: 'L', item: 'Smoking_100CigsLifetime', answers: 'all' });
    const listId = store.getState().selectedId!;
    await store.getState().change({ op: 'add', listId, item: 'Smoking_SmokeFrequency', answers: 'all' });
    const codes = () => store.getState().lists[0]!.entries.map((e) => e.code);
    const second = store.getState().lists[0]!.entries[1]!.id;
    expect(await store.getState().step(listId, second, 1)).toBe(false);
    expect(await store.getState().step(listId, second, -1)).toBe(true);
    expect(codes()).toEqual(['Smoking_SmokeFrequency', 'Smoking_100CigsLifetime']);
    expect(await store.getState().step(listId, second, -1)).toBe(false);
  });

  it('shows a failed change as an error and keeps the lists; the next success clears it', async () => {
    const store = storeOverRealHandlers();
    await store.getState().change({ op: 'create', name: 'Keep' });
    expect(await store.getState().change({ op: 'add', listId: store.getState().selectedId!, item: 'no-such-made-up-code', answers: 'all' })).toBe(false);
    expect(store.getState().error).toMatch(/no question/);
    expect(store.getState().lists.map((l) => l.name)).toEqual(['Keep']);
    await store.getState().change({ op: 'rename', listId: store.getState().selectedId!, name: 'Kept' });
    expect(store.getState().error).toBeNull();
  });

  it('keeps the selection on an existing list and falls back when it is deleted', async () => {
    const store = storeOverRealHandlers();
    await store.getState().change({ op: 'create', name: 'One' });
    await store.getState().change({ op: 'create', name: 'Two' });
    const [one, two] = store.getState().lists;
    store.getState().select(one!.id);
    await store.getState().change({ op: 'annotate-list', listId: two!.id, note: 'n' });
    expect(store.getState().selectedId).toBe(one!.id);
    await store.getState().change({ op: 'delete', listId: one!.id });
    expect(store.getState().selectedId).toBe(two!.id);
  });

  it('knows XLSX cannot go to the clipboard', () => {
    expect(canCopy('xlsx')).toBe(false);
    expect(canCopy('sql')).toBe(true);
  });
});
