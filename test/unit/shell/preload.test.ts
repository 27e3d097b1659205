// The preload as it ships (issue 14, defect 7): bundled the way electron-vite bundles it and run
// in a VM with typed fakes of contextBridge and ipcRenderer. It must expose exactly the methods
// the contract defines (which the Electron end-to-end test then expects of the real app, instead
// of a hand-written list that went stale at six of seventeen), each invoking its own channel.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { METHOD_CHANNELS, MENU_EVENT_CHANNEL } from '../../../electron/contract/methods';
import { expectedApiKeys } from '../../ui/helpers/api-surface';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function runPreload() {
  const code = buildSync({ entryPoints: [join(ROOT, 'electron/preload/index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent' }).outputFiles[0]!.text;
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: unknown[][] = [];
  const subscribed: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }),
      on: (channel: string) => void subscribed.push(channel),
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  runInNewContext(code, { module, exports: module.exports, require: (id: string) => (id === 'electron' ? electron : (() => { throw new Error(`the preload may require only electron, not ${id}`); })()) });
  return { exposed, invoked, subscribed };
}

describe('the preload bundle', () => {
  it('exposes window.api only, with exactly the methods the contract defines', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(exposed.get('api')!)).toEqual(expectedApiKeys());
    expect(expectedApiKeys()).toEqual([...Object.keys(METHOD_CHANNELS), 'onMenuCommand']);
    expect(expectedApiKeys().length).toBeGreaterThanOrEqual(17);
  });

  it('each method invokes its own channel with one argument; the menu listens on the menu channel', async () => {
    const { exposed, invoked, subscribed } = runPreload();
    const api = exposed.get('api') as Record<string, (...a: unknown[]) => unknown>;
    for (const [method, channel] of Object.entries(METHOD_CHANNELS)) {
      invoked.length = 0;
      await api[method]!({ made: 'up' }, 'dropped');
      expect(invoked, method).toEqual([[channel, { made: 'up' }]]);
    }
    api.onMenuCommand!(() => undefined);
    expect(subscribed).toEqual([MENU_EVENT_CHANNEL]);
  });

  it('the Electron end-to-end test takes its method list from the contract', () => {
    const e2e = readFileSync(join(ROOT, 'test/ui/electron.test.ts'), 'utf8');
    expect(e2e).toMatch(/\.api\)\)\)\.toEqual\(expectedApiKeys\(\)\)/);
    expect(e2e).not.toMatch(/'listSurveys', 'showItem'/);
  });
});
