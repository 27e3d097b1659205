// Intent prefetch (issue 16): the catalog loads no pdf.js; pointing at a link into the PDF viewer
// loads the viewer's code and starts pdf.js's worker before any click, without leaving the page;
// the click then opens the document with that worker. No timings here: `npm run bench:pdf`.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
const isWorker = (u: string) => /\/assets\/pdf\.worker[\w.-]*\.mjs$/.test(new URL(u).pathname);
const isViewer = (u: string) => /\/assets\/PdfDocumentPage-[\w-]+\.js$/.test(new URL(u).pathname);

describe.skipIf(!hasChromium)(`pointing at a PDF link${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  ui = useBrowserMode();

  it('loads the viewer and starts the worker on hover, not before; the click opens the PDF', async () => {
    const { page, requests } = ui.s;
    await page.goto(ui.served.url + '#/surveys');
    await page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator('html[data-local-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(requests.filter((u) => isWorker(u) || isViewer(u))).toEqual([]);

    const link = page.locator('a[href^="#/pdf/"]:text-is("Lifestyle.pdf")').first();
    await link.hover();
    await expect.poll(() => requests.some(isViewer), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => requests.some(isWorker), { timeout: 30_000 }).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('#/surveys');
    expect(requests.filter((u) => new URL(u).pathname.endsWith('.pdf'))).toEqual([]);

    await link.click();
    await page.waitForSelector('[data-pdf-state="ready"] .pdf-page[data-page="1"][data-painted="true"]', { timeout: 30_000 });
    // One worker for the session: the one started on hover.
    expect(requests.filter(isWorker)).toHaveLength(1);
  });
});
