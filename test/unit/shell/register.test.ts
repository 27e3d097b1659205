import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../electron/contract/channels';
import { CHANNELS } from '../../../electron/contract/methods';
import type { Handlers } from '../../../electron/ipc/handlers';
import { dispatch, registerHandlers, senderFrameInfo } from '../../../electron/ipc/register';
import { isTrustedSender } from '../../../electron/security/sender';
import { FakeIpcMain, subFrameEvent, topFrameEvent } from './fake-ipc';
import { openShellDb } from './shell-db';

const { db, handlers } = openShellDb();
afterAll(() => db.close());

function setup(h: Handlers = handlers) {
  const ipc = new FakeIpcMain();
  const registered = registerHandlers(ipc, h, (f) => isTrustedSender(f));
  return { ipc, registered };
}

describe('registerHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { ipc, registered } = setup();
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(registered.sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a trusted top frame with { ok: true, value }', async () => {
    const { ipc } = setup();
    const r = (await ipc.invoke('surveys:list', topFrameEvent())) as { ok: boolean; value: unknown[] };
    expect(r.ok).toBe(true);
    expect(r.value.length).toBeGreaterThan(10);
  });

  it.each([
    ['a sub-frame of the app', subFrameEvent()],
    ['another host', topFrameEvent('app://evil/index.html')],
    ['a web page', topFrameEvent('https://databrowser.researchallofus.org/')],
    ['a file page', topFrameEvent('file:///tmp/index.html')],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
    ['a frame without a parent field', { senderFrame: { url: 'app://app/' } }],
  ])('refuses %s without calling the handler', async (_why, event) => {
    let called = false;
    const { ipc } = setup({ ...handlers, 'surveys:list': () => ((called = true), []) });
    const r = await ipc.invoke('surveys:list', event);
    expect(r).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(called).toBe(false);
  });

  it('validates the argument', async () => {
    const { ipc } = setup();
    for (const bad of [undefined, '', '   ', 42, { code: 'x' }, 'x'.repeat(201)]) {
      expect(await ipc.invoke('item:show', topFrameEvent(), bad)).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    }
    expect(await ipc.invoke('search:query', topFrameEvent(), { query: 'smoke', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await ipc.invoke('search:query', topFrameEvent(), { query: 'smoke', options: { limit: 100000 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-argument', message: expect.stringContaining('options.limit') },
    });
    expect(await ipc.invoke('surveys:list', topFrameEvent(), 'unexpected')).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await ipc.invoke('item:show', topFrameEvent(), 'a', 'b')).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });

  it('turns a throwing handler into an error result', async () => {
    const { ipc } = setup({
      ...handlers,
      'report:get': () => {
        throw new Error('disk on fire');
      },
    });
    expect(await ipc.invoke('report:get', topFrameEvent())).toEqual({ ok: false, error: { code: 'failed', message: 'report:get: disk on fire' } });
  });

  it('survives a handler that throws a non-Error', () => {
    const r = dispatch({ ...handlers, 'app:info': () => { throw 'plain string'; } }, 'app:info', undefined);
    expect(r).toEqual({ ok: false, error: { code: 'failed', message: 'app:info: plain string' } });
  });
});

describe('dispatch', () => {
  it.each(['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 42, null, undefined])('refuses the channel %s', (channel) => {
    expect(dispatch(handlers, channel, undefined)).toMatchObject({ ok: false, error: { code: 'bad-channel' } });
  });
});

describe('senderFrameInfo', () => {
  it('marks only an explicit null parent as the top frame', () => {
    expect(senderFrameInfo(topFrameEvent())).toEqual({ url: 'app://app/index.html', isTopFrame: true });
    expect(senderFrameInfo(subFrameEvent()).isTopFrame).toBe(false);
    expect(senderFrameInfo({ senderFrame: { url: 'app://app/', parent: undefined } }).isTopFrame).toBe(false);
    expect(senderFrameInfo(undefined)).toEqual({ url: undefined, isTopFrame: false });
  });
});

describe('the wrapper\'s answers, word for word', () => {
  it('awaits a handler that answers with a promise, and turns its rejection into an error result', async () => {
    const { ipc } = setup({
      ...handlers,
      'surveys:list': () => Promise.resolve([]) as never,
      'report:get': () => Promise.reject(new Error('late fire')) as never,
      'app:info': () => Promise.reject('plain') as never,
    });
    expect(await ipc.invoke('surveys:list', topFrameEvent())).toEqual({ ok: true, value: [] });
    expect(await ipc.invoke('report:get', topFrameEvent())).toEqual({ ok: false, error: { code: 'failed', message: 'report:get: late fire' } });
    expect(await ipc.invoke('app:info', topFrameEvent())).toEqual({ ok: false, error: { code: 'failed', message: 'app:info: plain' } });
  });

  it('names the channel, the argument path and the sender in its refusals', async () => {
    expect(dispatch(handlers, 'nope', undefined)).toEqual({ ok: false, error: { code: 'bad-channel', message: 'unknown channel "nope"' } });
    const long = dispatch(handlers, 'x'.repeat(200), undefined);
    expect(long.ok === false && long.error.message).toBe(`unknown channel ${`"${'x'.repeat(200)}"`.slice(0, 80)}`);
    const bad = dispatch(handlers, 'item:show', 42);
    expect(bad.ok === false && bad.error.message).toMatch(/^item:show: invalid argument: \S/);
    // the contract's own first complaint, with where it is
    const arg = { query: 'smoke', options: { limit: 100000 } };
    const issue = CONTRACT['search:query'].arg.safeParse(arg).error!.issues[0]!;
    expect(dispatch(handlers, 'search:query', arg)).toEqual({ ok: false, error: { code: 'bad-argument', message: `search:query: invalid argument at options.limit: ${issue.message}` } });
    expect(issue.message).not.toBe('');
    const { ipc } = setup();
    expect(await ipc.invoke('surveys:list', subFrameEvent())).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', message: "surveys:list: refused a call from outside the app's own page" },
    });
    expect(await ipc.invoke('item:show', topFrameEvent(), 'a', 'b')).toEqual({ ok: false, error: { code: 'bad-argument', message: 'item:show: takes at most one argument' } });
  });
});
