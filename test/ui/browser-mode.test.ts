// The renderer in Debian's Chromium against the browser mode on the real database.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { catalogSlugs, expectOnlyOrigin, expectedSlugs, waitForAppState } from './helpers/catalog-scenario';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;

describe.skipIf(!hasChromium)(`browser mode in Chromium${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)`}`, () => {
  ui = useBrowserMode({ checkErrors: false });

  it('reaches the ready state and lists every module, asking nothing of another origin', async () => {
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    expect(await catalogSlugs(ui.s.page)).toEqual(expectedSlugs());
    expect(await ui.s.page.locator('html').getAttribute('lang')).toBe('en');
    expectOnlyOrigin(ui.s.requests, ui.served.origin);
    expect(ui.s.errors).toEqual([]);
  });

  it('shows an error state, not a crash, without the token', async () => {
    await ui.s.page.goto(ui.served.origin + '/');
    await waitForAppState(ui.s.page, 'error');
    await expect.poll(() => ui.s.page.getByRole('alert').textContent()).toContain('403');
    expectOnlyOrigin(ui.s.requests, ui.served.origin);
  });

  it('Ctrl+K focuses the search box; the catalog filter narrows the list; About the data shows the build', async () => {
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    await ui.s.page.keyboard.press('Control+k');
    await expect.poll(() => ui.s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-box');
    const all = await catalogSlugs(ui.s.page); // opens every group (focus moves to their summaries)
    await ui.s.page.getByTestId('catalog-filter').focus();
    await ui.s.page.keyboard.type('lifestyle');
    await expect.poll(async () => (await catalogSlugs(ui.s.page)).length).toBeLessThan(all.length);
    expect(await catalogSlugs(ui.s.page)).toContain('lifestyle');
    await ui.s.page.getByRole('link', { name: 'About the data' }).click();
    await expect.poll(() => ui.s.page.locator('dl.facts').textContent()).toContain('browser mode');
  });

  it('switches the interface to Spanish', async () => {
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    await ui.s.page.getByLabel('Interface').selectOption('es');
    await ui.s.page.getByRole('heading', { name: 'Catálogo de encuestas' }).waitFor();
    expect(await ui.s.page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('paints the static shell before the script runs, in the kept interface language and theme', async () => {
    const es = JSON.parse(readFileSync('locales/es/common.json', 'utf8')) as { app: { loading: string }; nav: { catalog: string } };
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    await ui.s.page.getByLabel('Interface').selectOption('es');
    await ui.s.page.getByTestId('theme').selectOption('dark');
    // The app's script never arrives: what shows is index.html, its stylesheet and boot.js.
    await ui.s.page.route(/\/assets\/index-[\w-]+\.js$/, (r) => r.abort());
    await ui.s.page.reload();
    const shell = ui.s.page.locator('.boot-shell:visible');
    await expect.poll(() => shell.count()).toBe(1);
    expect(await shell.getAttribute('lang')).toBe('es');
    expect(await shell.getByRole('status').textContent()).toBe(es.app.loading);
    expect(await shell.getByRole('link', { name: es.nav.catalog }).getAttribute('href')).toBe('#/surveys');
    expect(await ui.s.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await ui.s.page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await ui.s.page.addScriptTag({ content: axeSource }).catch(() => ui.s.page.evaluate(axeSource));
    const violations = await ui.s.page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
