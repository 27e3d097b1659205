// Entering the PDF route starts the PDF's own request at once, beside the viewer's code and
// pdf.js, not once pdf.js has loaded and its worker runs (issue 16): here pdf.js's script is held
// back by the test until the PDF has been asked for, so the old order never finishes. Then the
// page opens highlighted from that one request of the file and one of its record (the bytes go
// to pdf.js, nothing is fetched twice). No timings here: `npm run bench:pdf`.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../codebooks/paths';
import { openCodebook } from '../../electron/services/store';
import { furthestLinks } from '../../bench/pdf-links';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
const FILE = '1585710.pdf';
let ui: BrowserModeRun;
const path = (u: string) => new URL(u).pathname;

describe.skipIf(!hasChromium)(`entering the PDF route${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  ui = useBrowserMode();

  it("asks for the PDF before pdf.js's script has loaded, once, and opens it at the linked page highlighted", async () => {
    const db = openCodebook(defaultDbPath());
    const [link] = furthestLinks(db, [FILE]);
    db.close();
    expect(link?.boxes?.length).toBeGreaterThan(0);
    const { page, requests } = ui.s;
    await page.goto(ui.served.url + '#/surveys');
    await page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });

    let pdfAsked!: () => void;
    const asked = new Promise<void>((resolve) => (pdfAsked = resolve));
    page.on('request', (r) => path(r.url()) === `/pdfs/${FILE}` && pdfAsked());
    let heldBack = false;
    await page.route(/\/assets\/pdfjs-[\w-]+\.js$/, async (route) => {
      // At most 20 s: in the old order the PDF is never asked for while this waits.
      heldBack = await Promise.race([asked.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
      await route.continue();
    });
    await page.evaluate((href) => (location.hash = href), link!.href);
    await page.locator(`.pdf-page[data-page="${link!.page}"] .highlight.selected`).first().waitFor({ timeout: 60_000 });
    await page.locator(`.pdf-page[data-page="${link!.page}"][data-painted="true"]`).waitFor({ timeout: 60_000 });

    expect(heldBack).toBe(true);
    expect(await page.getAttribute('.pdf-viewer', 'data-current-page')).toBe(String(link!.page));
    expect(requests.filter((u) => path(u) === `/pdfs/${FILE}`)).toHaveLength(1);
    expect(requests.filter((u) => path(u) === '/__api/pdf:document')).toHaveLength(1);
  });

  it("asks for a PDF the catalog listed before its record's answer comes back", async () => {
    const db = openCodebook(defaultDbPath());
    const [link] = furthestLinks(db, [FILE]);
    db.close();
    const { page, requests } = ui.s;
    await page.goto(ui.served.url + '#/surveys');
    await page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });
    // The catalog lists this PDF (it is the link's document, by its id).
    expect(await page.locator(`a[href="#/pdf/${link!.doc}"]`).count()).toBeGreaterThan(0);

    let pdfAsked!: () => void;
    const asked = new Promise<void>((resolve) => (pdfAsked = resolve));
    page.on('request', (r) => path(r.url()) === `/pdfs/${FILE}` && pdfAsked());
    let heldBack = false;
    await page.route(/\/__api\/pdf:document$/, async (route) => {
      // At most 20 s: when the file waits for the record, it is never asked for while this waits.
      heldBack = await Promise.race([asked.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
      await route.continue();
    });
    await page.evaluate((href) => (location.hash = href), link!.href);
    await page.locator(`.pdf-page[data-page="${link!.page}"] .highlight.selected`).first().waitFor({ timeout: 60_000 });

    expect(heldBack).toBe(true);
    expect(requests.filter((u) => path(u) === `/pdfs/${FILE}`)).toHaveLength(1);
    expect(requests.filter((u) => path(u) === '/__api/pdf:document')).toHaveLength(1);
  });
});
