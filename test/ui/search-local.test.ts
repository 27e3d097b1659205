// The search box answering from memory (renderer/src/features/search/local) in Chromium against
// the browser mode on the real database: once the corpus is loaded, each keystroke's list is the
// renderer's own answer, shown in the keystroke's task, and it is the service's answer (the list
// the service then confirms has the same rows). A misspelling is left to the service.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { expectSearch, pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
const PALETTE = 12; // PALETTE_LIMIT in renderer/src/features/search/stores.ts
let ui: BrowserModeRun;

declare global {
  interface Window {
    __shown: { query: string; source: string; codes: string[] }[];
  }
}

describe.skipIf(!hasChromium)('the search box answers from memory', () => {
  ui = useBrowserMode();

  it('each keystroke shows the renderer\'s answer at once, equal to the service\'s', async () => {
    const page = ui.s.page;
    await page.goto(ui.served.url);
    await pageReady(page);
    await page.locator('html[data-local-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    // What the list shows whenever its query or its source changes.
    await page.evaluate(() => {
      window.__shown = [];
      const list = document.querySelector('[data-testid="search-results"]') as HTMLElement;
      new MutationObserver(() => {
        const codes = [...list.querySelectorAll('.hit-code')].map((e) => e.textContent ?? '');
        window.__shown.push({ query: list.dataset.query ?? '', source: list.dataset.source ?? '', codes });
      }).observe(list, { attributes: true, attributeFilter: ['data-query', 'data-source', 'aria-busy'] });
    });
    const box = page.getByTestId('search-box');
    await box.focus();
    await box.pressSequentially('smoke fre');
    await expect.poll(() => page.evaluate(() => window.__shown.at(-1))).toMatchObject({ query: 'smoke fre', source: 'service' });
    const shown = await page.evaluate(() => window.__shown);
    const local = shown.filter((s) => s.source === 'local' && s.query === 'smoke fre');
    const service = (await expectSearch('smoke fre', { limit: PALETTE, lang: 'any' })).hits.flatMap((h) => (h.code ? [h.code] : []));
    expect(service.length).toBeGreaterThan(0);
    // The renderer's own answers (its rows in view; the whole answer may come after the service's
    // confirmation, as the same pause ends): each the service's rows, in order.
    expect(local.length).toBeGreaterThanOrEqual(1);
    for (const l of local) expect(l.codes).toEqual(service.slice(0, l.codes.length));
    expect(local[0]!.codes.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('search-results').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    // The service's confirmation left the rows as they were.
    expect(await page.locator('[data-testid="search-results"] .hit-code').allTextContents()).toEqual(service);
  });

  it('a misspelling waits for the service, which corrects it', async () => {
    const page = ui.s.page;
    await page.goto(ui.served.url);
    await pageReady(page);
    await page.locator('html[data-local-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    const box = page.getByTestId('search-box');
    await box.focus();
    await box.pressSequentially('cigarete');
    const list = page.getByTestId('search-results');
    await expect.poll(() => list.getAttribute('data-query')).toBe('cigarete');
    expect(await list.getAttribute('data-source')).toBe('service');
    const corrected = (await expectSearch('cigarete', { limit: PALETTE, lang: 'any' })).corrected;
    expect(corrected).not.toBeNull();
    await expect.poll(() => page.locator('.palette-status').textContent()).toContain(corrected!);
  });
});
