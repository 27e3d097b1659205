// What the catalog's first load asks for (issue 16): the app's script, the vendor script (React,
// i18next, zustand: scripts/vendor-script.ts) and boot.js, never pdf.js or another page's code; the catalog's request leaves from boot.js, before the app's script runs.
// pdf.js is told by its own code (GlobalWorkerOptions), whatever chunk it ends up in.
import { existsSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedSlugs, catalogSlugs, waitForAppState } from './helpers/catalog-scenario';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
const PDFJS_MARK = 'GlobalWorkerOptions';
const REACT_MARK = 'react.transitional.element';

/** Every script the page fetches from now on: its file name and its text. */
function recordScripts(page: Page): { name: string; text: Promise<string> }[] {
  const scripts: { name: string; text: Promise<string> }[] = [];
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'script') scripts.push({ name: new URL(r.url()).pathname.split('/').pop()!, text: r.text().catch(() => '') });
  });
  return scripts;
}

async function withPdfjs(scripts: { name: string; text: Promise<string> }[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of scripts) if ((await s.text).includes(PDFJS_MARK)) out.push(s.name);
  return out;
}

describe.skipIf(!hasChromium)(`first load of the catalog${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  ui = useBrowserMode();

  it('fetches only the app script, the vendor script and boot.js until the catalog is ready, and no pdf.js after; a PDF page does load it', async () => {
    const scripts = recordScripts(ui.s.page);
    // The moment the catalog is ready, taken in the page: the search index may start loading as
    // soon as the page is idle after it, before this test's next step runs.
    await ui.s.page.addInitScript(() => {
      new MutationObserver((_, o) => {
        if (!document.querySelector('[data-app-state="ready"]')) return;
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
        o.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state'] });
    });
    await ui.s.page.goto(ui.served.url);
    await waitForAppState(ui.s.page, 'ready');
    const beforeReady = await ui.s.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < (window as unknown as { __readyAt: number }).__readyAt && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname.split('/').pop()!),
    );
    expect(new Set(beforeReady.map((n) => n.replace(/-[\w-]{8}\.js$/, '')))).toEqual(new Set(['index', 'vendor', 'boot']));
    // React is in the classic script (whose compiled code Chromium keeps), not in the app's module.
    const text = async (prefix: string) => (await Promise.all(scripts.filter((s) => s.name.startsWith(prefix)).map((s) => s.text))).join('');
    expect(await text('vendor-')).toContain(REACT_MARK);
    expect(await text('index-')).not.toContain(REACT_MARK);
    // Later, the search index loads when the page is idle; pdf.js still does not.
    await ui.s.page.locator('html[data-local-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await withPdfjs(scripts)).toEqual([]);
    // The search index's script carries two of snowball-stemmers' 24 stemmers (scripts/slim-snowball.ts)
    // and none of the contract's schemas: ~55 kB, where the whole package alone is ~330 kB minified.
    const localSearch = await text('load-');
    expect(localSearch).toMatch(/spanish/);
    expect(localSearch.length).toBeLessThan(100_000);
    expect(scripts.map((s) => s.name).filter((n) => n.startsWith('schemas-'))).toEqual([]);
    expect(await catalogSlugs(ui.s.page)).toEqual(expectedSlugs());

    const pdfLink = ui.s.page.locator('a[href^="#/pdf/"]').first();
    await pdfLink.click();
    await expect.poll(async () => (await withPdfjs(scripts)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it("sends the catalog's request from boot.js, with the page's token, before the app's script runs", async () => {
    await ui.s.page.route(/\/assets\/index-[\w-]+\.js$/, (r) => r.abort());
    const answer = ui.s.page.waitForResponse((r) => r.url().endsWith('/__api/surveys:list'));
    await ui.s.page.goto(ui.served.url);
    const r = await answer;
    expect(r.status()).toBe(200);
    const body = (await r.json()) as { ok: boolean; value: { slug: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((s) => s.slug).sort()).toEqual(expectedSlugs());
    expect(ui.s.errors.filter((e) => !/index-[\w-]+\.js|Failed to load resource/.test(e))).toEqual([]);
    ui.s.errors.length = 0; // the aborted script's own error
  });
});
