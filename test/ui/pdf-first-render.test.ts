// The catalog flow's first PDF (issue 16): the viewer shows its pages in one render with the
// link's highlight already on the linked page (it reads that page before it shows, not after),
// and it lists the survey's other PDFs from the catalog's answer, without asking the service for
// the catalog again while the PDF opens. No timings here: bench/first-pdf-rulers.ts.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../codebooks/paths';
import { openCodebook } from '../../electron/services/store';
import { listSurveys } from '../../electron/services/surveys';
import { furthestLinks } from '../../bench/pdf-links';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
const FILE = '1585710.pdf';
let ui: BrowserModeRun;
const path = (u: string) => new URL(u).pathname;

describe.skipIf(!hasChromium)(`the first PDF from the catalog${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
  ui = useBrowserMode();

  it('shows its pages with the highlight on the linked page at once, and the other PDFs from the catalog', async () => {
    const db = openCodebook(defaultDbPath());
    const [link] = furthestLinks(db, [FILE]);
    const survey = listSurveys(db).find((s) => s.pdfs.some((p) => p.id === link!.doc));
    db.close();
    expect(link?.boxes?.length).toBeGreaterThan(0);
    expect(survey?.pdfs.length).toBeGreaterThan(1); // else the viewer lists no other PDFs
    const { page, requests } = ui.s;
    await page.goto(ui.served.url + '#/surveys');
    await page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 30_000 });
    const catalogAsks = requests.filter((u) => path(u) === '/__api/surveys:list').length;

    // What the page holds the first time any page of the viewer is in it (MutationObserver
    // callbacks run after the task that changed the page, so this is what one task put up).
    await page.evaluate((n) => {
      const w = window as unknown as { __firstPages?: { pages: number; boxes: number } };
      const o = new MutationObserver(() => {
        if (!document.querySelector('.pdf-page')) return;
        o.disconnect();
        w.__firstPages = { pages: document.querySelectorAll('.pdf-page').length, boxes: document.querySelectorAll(`.pdf-page[data-page="${n}"] .pdf-box.highlight.selected`).length };
      });
      o.observe(document.body, { subtree: true, childList: true });
    }, link!.page);
    await page.evaluate((href) => (location.hash = href), link!.href);
    await page.locator(`.pdf-page[data-page="${link!.page}"] .highlight.selected`).first().waitFor({ timeout: 60_000 });
    await page.locator(`.pdf-page[data-page="${link!.page}"][data-painted="true"]`).waitFor({ timeout: 60_000 });

    const first = await page.evaluate(() => (window as unknown as { __firstPages?: { pages: number; boxes: number } }).__firstPages);
    expect(first?.pages).toBe(await page.locator('.pdf-page').count());
    expect(first?.boxes).toBe(link!.boxes!.length);
    expect(await page.getAttribute('.pdf-viewer', 'data-current-page')).toBe(String(link!.page));

    const others = await page.locator('.pdf-others a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(others).toEqual(survey!.pdfs.map((p) => expect.stringMatching(new RegExp(`^#/pdf/${p.id}(\\?|$)`))));
    expect(requests.filter((u) => path(u) === '/__api/surveys:list')).toHaveLength(catalogAsks);
  });
});
