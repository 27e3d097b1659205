import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../electron/contract/channels';
import { buildApi, isMenuCommand } from '../../../electron/contract/build-api';
import { CHANNELS, METHOD_CHANNELS } from '../../../electron/contract/methods';
import { dispatch } from '../../../electron/ipc/register';
import { listSurveys } from '../../../electron/services/surveys';
import { openShellDb } from './shell-db';

const { db, handlers } = openShellDb();
afterAll(() => db.close());

describe('the contract', () => {
  it('has one schema pair per channel and one method per channel', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNELS].sort());
    expect(new Set(Object.values(METHOD_CHANNELS)).size).toBe(CHANNELS.length);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('lists the methods the renderer can call (update this list on purpose)', () => {
    const api = buildApi(async () => undefined);
    expect(Object.keys(api)).toMatchInlineSnapshot(`
      [
        "listSurveys",
        "showItem",
        "search",
        "searchCorpus",
        "getReport",
        "getAppInfo",
        "getOutline",
        "listInstruments",
        "showInstrument",
        "getAboutData",
        "getPdfDocument",
        "getQuestionPdfPages",
        "getPresentation",
        "listReleases",
        "getReleaseDiff",
        "getAlignment",
        "getLists",
        "changeLists",
        "exportList",
        "saveFile",
        "exportSurvey",
        "listImports",
        "startImport",
        "importStatus",
        "cancelImport",
        "removeImport",
        "searchImports",
        "chooseImportPath",
        "onMenuCommand",
      ]
    `);
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('each method sends its own channel and only its first argument', async () => {
    const calls: unknown[][] = [];
    const api = buildApi(async (...a) => (calls.push(a), { ok: true, value: null }));
    await api.showItem('1585710');
    await api.listSurveys();
    await (api.search as (...a: unknown[]) => Promise<unknown>)({ query: 'x' }, 'extra');
    expect(calls).toEqual([['item:show', '1585710'], ['surveys:list', undefined], ['search:query', { query: 'x' }]]);
  });

  it('knows the menu commands', () => {
    expect(isMenuCommand('search')).toBe(true);
    expect(isMenuCommand('quit')).toBe(false);
    expect(isMenuCommand(1)).toBe(false);
  });
});

describe('handlers over the real database return what the contract says', () => {
  const call = (channel: keyof typeof CONTRACT, arg?: unknown) => {
    const r = dispatch(handlers, channel, arg);
    if (!r.ok) throw new Error(r.error.message);
    return CONTRACT[channel].result.parse(r.value);
  };

  it('surveys:list returns every module', () => {
    const list = call('surveys:list') as { slug: string }[];
    expect(list.map((s) => s.slug)).toEqual(listSurveys(db).map((s) => s.slug));
    expect(list.length).toBeGreaterThan(10);
  });

  it('item:show finds a module by concept ID and returns null for an unknown code', () => {
    const first = listSurveys(db).find((s) => s.conceptId != null)!;
    expect(call('item:show', String(first.conceptId))).toMatchObject({ kind: 'module' });
    expect(call('item:show', 'made-up-code-that-does-not-exist')).toBeNull();
  });

  it('search:query applies option defaults and never errors on odd input', () => {
    const r = call('search:query', { query: 'smoke' }) as { hits: unknown[] };
    expect(r.hits.length).toBeGreaterThan(0);
    for (const q of ['"', '(*', 'NEAR(', '\u0000', '']) expect(dispatch(handlers, 'search:query', { query: q }).ok).toBe(true);
  });

  it('report:get and app:info describe the build', () => {
    const report = call('report:get') as { builtAt: string };
    expect(report.builtAt).toMatch(/^\d{4}-/);
    expect(call('app:info')).toMatchObject({ name: 'PPI Explorer', mode: 'browser', builtAt: report.builtAt });
  });
});
