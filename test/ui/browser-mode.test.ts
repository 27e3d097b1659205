// The renderer in Debian's Chromium against the browser mode on the real database.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogSlugs, expectOnlyOrigin, expectedSlugs, waitForAppState } from './helpers/catalog-scenario';
import { CHROMIUM, openChromium, type Session } from './helpers/chromium';
import { serveBrowserMode, type Served } from './helpers/serve';

const hasChromium = existsSync(CHROMIUM);
let served: Served;
let s: Session;

describe.skipIf(!hasChromium)(`browser mode in Chromium${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)`}`, () => {
  beforeAll(async () => {
    served = await serveBrowserMode();
  });
  afterAll(async () => {
    expect(await served.stop()).toBe(0);
  });
  beforeEach(async () => {
    s = await openChromium();
  });
  afterEach(async () => {
    await s.close();
  });

  it('reaches the ready state and lists every module, asking nothing of another origin', async () => {
    await s.page.goto(served.url);
    await waitForAppState(s.page, 'ready');
    expect(await catalogSlugs(s.page)).toEqual(expectedSlugs());
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expectOnlyOrigin(s.requests, served.origin);
    expect(s.errors).toEqual([]);
  });

  it('shows an error state, not a crash, without the token', async () => {
    await s.page.goto(served.origin + '/');
    await waitForAppState(s.page, 'error');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('403');
    expectOnlyOrigin(s.requests, served.origin);
  });

  it('Ctrl+K focuses the search box; the catalog filter narrows the list; About the data shows the build', async () => {
    await s.page.goto(served.url);
    await waitForAppState(s.page, 'ready');
    await s.page.keyboard.press('Control+k');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-box');
    await s.page.getByTestId('catalog-filter').focus();
    const all = await catalogSlugs(s.page);
    await s.page.keyboard.type('lifestyle');
    await expect.poll(async () => (await catalogSlugs(s.page)).length).toBeLessThan(all.length);
    expect(await catalogSlugs(s.page)).toContain('lifestyle');
    await s.page.getByRole('link', { name: 'About the data' }).click();
    await expect.poll(() => s.page.locator('dl.facts').textContent()).toContain('browser mode');
  });

  it('switches the interface to Spanish', async () => {
    await s.page.goto(served.url);
    await waitForAppState(s.page, 'ready');
    await s.page.getByLabel('Interface').selectOption('es');
    await s.page.getByRole('heading', { name: 'Catálogo de encuestas' }).waitFor();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    await s.page.goto(served.url);
    await waitForAppState(s.page, 'ready');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await s.page.addScriptTag({ content: axeSource }).catch(() => s.page.evaluate(axeSource));
    const violations = await s.page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
