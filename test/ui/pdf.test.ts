// The PDF viewer in Chromium through the browser mode, on the real database and the real PDFs:
// open from the catalog, find in the document, jump from a question to its page, bad files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromium, type Session } from './helpers/chromium';
import { serveBrowserMode, type Served } from './helpers/serve';

let served: Served;
let s: Session;
beforeAll(async () => {
  served = await serveBrowserMode();
  s = await openChromium();
}, 60_000);
afterAll(async () => {
  await s?.close();
  await served?.stop();
});

const ready = () => s.page.waitForSelector('[data-app-state="ready"]', { timeout: 30_000 });
const pdfReady = () => s.page.waitForSelector('[data-pdf-state="ready"] .pdf-viewer', { timeout: 30_000 });
const pageText = (n: number) =>
  s.page.waitForSelector(`.pdf-page[data-page="${n}"][data-rendered="true"]`, { timeout: 30_000 }).then(() => s.page.textContent(`.pdf-page[data-page="${n}"] .textLayer`));

describe('instrument PDFs in the viewer', () => {
  it('opens a PDF from the catalog, served from the app origin with the worker bundled', async () => {
    await s.page.goto(served.url + '#/surveys');
    await ready();
    // Lifestyle.pdf is listed once per distinct document; its link opens the viewer.
    await s.page.click('a[href^="#/pdf/"]:text-is("Lifestyle.pdf")');
    await pdfReady();
    // Lifestyle.pdf page 1 (pdftotext -f 1 -l 1): "Have you smoked at least 100 cigarettes in your entire life?"
    expect(await pageText(1)).toContain('100 cigarettes');
    const origins = new Set(s.requests.map((r) => new URL(r).origin));
    expect([...origins]).toEqual([served.origin]);
    expect(s.requests.some((r) => /\/pdfs\/Lifestyle\.pdf$/.test(r))).toBe(true);
    expect(s.requests.some((r) => /pdf\.worker[^/]*\.mjs$/.test(r))).toBe(true);
    expect(s.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 60_000);

  it('finds words in the document with highlighted matches and next/previous', async () => {
    await s.page.keyboard.press('Control+f');
    const input = s.page.locator('.pdf-find input');
    await input.fill('cigarettes');
    await s.page.waitForSelector('.pdf-find-count[data-count]:not([data-count="0"])', { timeout: 30_000 });
    const count = Number(await s.page.getAttribute('.pdf-find-count', 'data-count'));
    expect(count).toBeGreaterThan(2);
    await s.page.waitForSelector('.textLayer .highlight.selected');
    const first = await s.page.textContent('.pdf-find-count');
    await input.press('Enter');
    await s.page.waitForFunction((f) => document.querySelector('.pdf-find-count')?.textContent !== f, first);
    expect(await s.page.textContent('.pdf-find-count')).toMatch(/^2 /);
    expect((await s.page.textContent('.textLayer .highlight.selected'))?.toLowerCase()).toContain('cigarette');
  }, 60_000);

  it('pages and zoom from the keyboard and the toolbar', async () => {
    await s.page.click('.pdf-pages');
    await s.page.keyboard.press('End');
    await s.page.waitForSelector('.pdf-viewer[data-current-page="11"]');
    await s.page.keyboard.press('Home');
    await s.page.waitForSelector('.pdf-viewer[data-current-page="1"]');
    await s.page.selectOption('.pdf-toolbar select', '200');
    await s.page.waitForSelector('.pdf-viewer[data-scale="2.000"]');
    await s.page.keyboard.press('Control+-');
    await s.page.waitForSelector('.pdf-viewer[data-scale="1.500"]');
  }, 60_000);

  it('jumps from a question to its page with the question highlighted', async () => {
    await s.page.goto(served.url + '#/item/Insurance_HealthInsurance');
    await ready();
    // The_Basics_Spanish.pdf page 7 (pdftotext -f 7 -l 7): "¿Tiene usted seguro médico o algún tipo de plan para el cuidado de su salud? 1"
    const link = s.page.locator('.show-in-pdf a', { hasText: 'The_Basics_Spanish' }).or(s.page.locator('.show-in-pdf a', { hasText: /Spanish|Español/ })).first();
    await link.click();
    await pdfReady();
    await s.page.waitForSelector('.pdf-viewer[data-current-page="7"]', { timeout: 30_000 });
    expect(await pageText(7)).toContain('Tiene usted seguro');
    await s.page.waitForSelector('.pdf-page[data-page="7"] .highlight.selected', { timeout: 30_000 });
    expect(await s.page.textContent('.pdf-page[data-page="7"] .highlight.selected')).toMatch(/Tiene|seguro/);
    // The text layer's highlight, once it replaces the build's boxes, covers the marks as printed: from "¿" to "?".
    await s.page.waitForFunction(() => !document.querySelector('.pdf-page[data-page="7"] .pdf-box'), null, { timeout: 30_000 });
    const marked = await s.page.$$eval('.pdf-page[data-page="7"] .textLayer .highlight.selected', (els) => els.map((e) => e.textContent).join(' ').replace(/\s+/g, ' '));
    expect(marked).toBe('¿Tiene usted seguro médico o algún tipo de plan para el cuidado de su salud?');
  }, 60_000);

  it("styles an item page's Show in PDF list with the item page, not with the viewer's stylesheet", async () => {
    // The viewer's stylesheet never arrives: the list must look the same (it used to show with the
    // browser's default indent until the viewer's code was loaded).
    const page = await s.context.newPage();
    try {
      await page.route(/PdfDocumentPage-[^/]*\.css$/, (r) => r.abort());
      await page.goto(served.url + '#/item/Smoking_SmokeFrequency');
      await page.waitForSelector('.show-in-pdf ul', { timeout: 30_000 });
      const style = await page.evaluate(() => {
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const ul = getComputedStyle(document.querySelector('.show-in-pdf ul')!);
        return { indent: parseFloat(ul.paddingLeft) / rem, top: parseFloat(ul.marginTop) / rem };
      });
      expect(style.indent).toBeCloseTo(1.2, 5);
      expect(style.top).toBeCloseTo(0.25, 5);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await s.page.evaluate(axe);
    const violations = await s.page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    // No WebAssembly is allowed by the CSP; the instrument PDFs must not need it (JPEG 2000 images).
    expect(s.errors.filter((e) => /wasm|jpx|openjpeg/i.test(e))).toEqual([]);
  }, 60_000);

  it('says clearly when a document does not exist, and the app goes on', async () => {
    await s.page.goto(served.url + '#/pdf/999999');
    await ready();
    expect(await s.page.textContent('[role="alert"]')).toMatch(/999999/);
    await s.page.goto(served.url + '#/surveys');
    await ready();
  }, 60_000);
});
