// The lists channels through the same dispatch as IPC and the browser mode, on a real folder.
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../electron/contract/channels';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatchAsync } from '../../../electron/ipc/register';
import { openRealDb } from '../../helpers/real-db';
import { useTempDirs } from './helpers/temp-dir';

const db = openRealDb();
afterAll(() => db.close());
const tempDir = useTempDirs();
const identity = { name: 'PPI Explorer', version: '0.0.0-test', mode: 'browser' as const };

describe('lists channels', () => {
  it('create, add, export: validated arguments, results matching the contract', async () => {
    const handlers = createHandlers(db, identity, { userDataDir: tempDir() });
    const call = async (channel: keyof typeof CONTRACT, arg?: unknown) => {
      const r = await dispatchAsync(handlers, channel, arg);
      if (!r.ok) throw new Error(r.error.message);
      return CONTRACT[channel].result.parse(r.value);
    };
    const created = (await call('lists:change', { op: 'create', name: 'Mine' })) as { lists: { id: string }[] };
    const listId = created.lists[0]!.id;
    const s = (await call('lists:change', { op: 'add', listId, item: 'Smoking_SmokeFrequency', answers: 'all' })) as { count: number };
    expect(s.count).toBe(1);
    const csv = (await call('lists:export', { listId, format: 'csv' })) as { content: string; filename: string };
    expect(csv.filename).toBe('Mine.csv');
    expect(csv.content).toContain('1585860');
    const xlsx = (await call('lists:export', { listId, format: 'xlsx' })) as { encoding: string };
    expect(xlsx.encoding).toBe('base64');
  });

  it('refuses bad actions and explains a missing folder or save dialog', async () => {
    const handlers = createHandlers(db, identity, { userDataDir: tempDir() });
    expect(await dispatchAsync(handlers, 'lists:change', { op: 'drop-database' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await dispatchAsync(handlers, 'lists:change', { op: 'create', name: '   ' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await dispatchAsync(handlers, 'lists:export', { listId: 'nope', format: 'csv' })).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await dispatchAsync(handlers, 'file:save', { filename: '../etc/passwd', encoding: 'utf8', content: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await dispatchAsync(handlers, 'file:save', { filename: 'a.csv', encoding: 'utf8', content: 'x' })).toMatchObject({ ok: false, error: { message: /only available in the desktop app/ } });
    const noFolder = createHandlers(db, identity);
    expect(await dispatchAsync(noFolder, 'lists:get', undefined)).toMatchObject({ ok: false, error: { message: /need a user-data folder/ } });
  });

  it('file:save hands the file to the dialog function it was given', async () => {
    const saved: unknown[] = [];
    const handlers = createHandlers(db, identity, { userDataDir: tempDir(), saveFile: async (f) => (saved.push(f), { saved: true, path: '/chosen/by/user.csv' }) });
    const r = await dispatchAsync(handlers, 'file:save', { filename: 'list.csv', encoding: 'utf8', content: 'a,b' });
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/chosen/by/user.csv' } });
    expect(saved).toEqual([{ filename: 'list.csv', encoding: 'utf8', content: 'a,b' }]);
  });
});
