// An import runs off the UI thread: in Chromium against the browser mode, a made-up Athena folder
// large enough to take a while is imported; the progress bar's value rises (seen at least three
// times, each higher) while the app keeps answering (the catalog opens and filters between
// readings); then cancel leaves nothing behind. No timing is asserted.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticAthena } from '../../bench/import/synthetic-athena';
import { CHROMIUM } from './helpers/chromium';
import { pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
/**
 * Enough rows that, on a quiet machine too, the import outlasts the readings and the catalog round
 * trip below (it is cancelled early): 1.5 M once finished first on a fresh clone's quiet run.
 */
const CONCEPTS = 3_000_000;
let ui: BrowserModeRun;
let userData: string;
let work: string;
let folder: string;
const en = locale('en', 'imports');

describe.skipIf(!hasChromium)('an import in the background', () => {
  ui = useBrowserMode({
    env: () => {
      userData = mkdtempSync(join(tmpdir(), 'ppi-ui-progress-'));
      return { PPI_USER_DATA_DIR: userData };
    },
  });
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ppi-ui-progress-athena-'));
    folder = join(work, 'made-up-large-athena');
    await writeSyntheticAthena(folder, CONCEPTS);
  }, 300_000);
  afterAll(() => {
    rmSync(userData, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('moves the progress bar while the catalog still opens and filters, and cancels to nothing', async () => {
    const page = ui.s.page;
    await page.goto(`${ui.served.url}#/imports`);
    await pageReady(page);
    await page.getByLabel(en.form.path).fill(folder);
    await page.getByRole('button', { name: en.form.start, exact: true }).click();
    const job = page.getByTestId('import-job');
    const seen: number[] = [];
    await expect.poll(() => job.getAttribute('data-status'), { interval: 20 }).toBe('running');
    // Readings close together: three rising values while the job is still running.
    while (seen.length < 3) {
      expect(await job.getAttribute('data-status')).toBe('running');
      const value = await page.getByLabel(en.job.progress).evaluate((p) => (p as HTMLProgressElement).value);
      if (value > (seen.at(-1) ?? 0)) seen.push(value);
      else await page.waitForTimeout(50);
    }
    // The app answers meanwhile: the catalog opens in a second tab and reacts to typing, while
    // this tab stays on the job (coming back to it took long enough for a quiet machine to finish).
    const other = await page.context().newPage();
    await other.goto(`${ui.served.url}#/surveys`);
    await pageReady(other);
    const rows = other.locator('[data-testid="catalog"] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const all = await rows.count();
    await other.getByTestId('catalog-filter').fill('cope');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.count()).toBeGreaterThan(0);
    await other.close();
    expect(await job.getAttribute('data-status')).toBe('running');
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[2]!).toBeLessThan(1);
    await page.getByRole('button', { name: en.job.cancel }).click();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled');
    expect(await page.getByTestId('imports').count()).toBe(0);
    expect(readdirSync(join(userData, 'imports'))).toEqual([]);
  });
});
