// Narrow windows in Chromium against the browser mode on the real database: at 900 px no main view
// scrolls sideways, in English or Spanish; the "Add to list" popover stays inside the window at
// 1,366 and 900 px, where its button sits at the right end of a search result; so does the search
// palette's popup at 900 to 1,200 px, where it would open past the window's right edge.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { mainViews } from './helpers/main-views';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
const MAIN_VIEWS = mainViews();

async function open(hash: string) {
  await ui.s.page.goto(`${ui.served.url}${hash}`);
  await ui.s.page.reload();
  await ui.s.page.locator('[data-app-state="ready"][data-route]').waitFor({ state: 'attached', timeout: 30_000 });
}

const overflow = () => ui.s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasChromium)('narrow windows', () => {
  ui = useBrowserMode();

  for (const lang of ['en', 'es'] as const) {
    it(`no main view scrolls sideways at 900 px (${lang})`, async () => {
      await ui.s.page.setViewportSize({ width: 900, height: 700 });
      await ui.s.page.goto(ui.served.url);
      await ui.s.page.evaluate((l) => localStorage.setItem('ppi.uiLanguage', l), lang);
      const wide: string[] = [];
      for (const hash of MAIN_VIEWS) {
        await open(hash);
        const extra = await overflow();
        if (extra > 0) wide.push(`${hash}: ${extra} px too wide`);
      }
      expect(wide).toEqual([]);
    }, 240_000);
  }

  for (const width of [1366, 900]) {
    it(`the Add-to-list popover stays on screen at ${width} px`, async () => {
      await ui.s.page.setViewportSize({ width, height: 800 });
      await open('#/search?q=cigarrillos');
      const buttons = ui.s.page.locator('[data-testid="page-results"] [data-testid="add-to-list"]');
      await buttons.first().waitFor();
      for (const i of [0, 1]) {
        await buttons.nth(i).click();
        const form = ui.s.page.locator('form.add-to-list-form');
        await form.waitFor();
        const box = (await form.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await overflow()).toBe(0);
        await ui.s.page.keyboard.press('Escape'); // Esc closes it
        await expect.poll(() => form.count()).toBe(0);
      }
    });
  }

  for (const width of [1100, 1200, 900]) {
    it(`the search palette's popup stays on screen at ${width} px`, async () => {
      await ui.s.page.setViewportSize({ width, height: 800 });
      await open('#/surveys');
      await ui.s.page.getByTestId('search-box').fill('smoking');
      const popup = ui.s.page.locator('.palette-popup');
      await popup.locator('[role="option"]').first().waitFor();
      const box = (await popup.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await overflow()).toBe(0);
    });
  }
});
