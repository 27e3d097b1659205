// The same checks against the real Electron app with Playwright's _electron, where Electron's
// binary is installed; skipped with a one-line reason where it is not (this workplace).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogSlugs, expectOnlyOrigin, expectedSlugs, waitForAppState } from './helpers/catalog-scenario';
import { expectedApiKeys } from './helpers/api-surface';
import { electronBinary } from './helpers/electron-binary';
import { PROJECT_ROOT } from './helpers/serve';

const electron = electronBinary();
if (!electron.path) console.warn(`Electron end-to-end tests skipped: ${electron.reason}`);
let app: ElectronApplication | null = null;
let profile: string | null = null;

describe.skipIf(!electron.path)(`Electron app${electron.path ? '' : ` (skipped: ${electron.reason})`}`, () => {
  beforeAll(() => {
    // What `npm start` does first: a better-sqlite3 build that Electron can load.
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/tools/prepare-electron-native.ts'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }, 180_000);
  afterEach(async () => {
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('reaches the ready state and lists every module, asking nothing of another origin', async () => {
    profile = mkdtempSync(join(tmpdir(), 'ppi-electron-profile-'));
    app = await _electron.launch({
      executablePath: electron.path!,
      args: [PROJECT_ROOT],
      cwd: PROJECT_ROOT,
      env: { ...process.env, PPI_USER_DATA_DIR: profile },
    });
    const requests: string[] = [];
    app.context().on('request', (r) => requests.push(r.url()));
    const page = await app.firstWindow();
    await waitForAppState(page, 'ready');
    expect(await catalogSlugs(page)).toEqual(expectedSlugs());
    expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api))).toEqual(expectedApiKeys());
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expectOnlyOrigin(requests, 'app://app');
  });
});
