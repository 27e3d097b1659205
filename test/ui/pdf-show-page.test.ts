// "Show in PDF" lands on the page the build's page index gives, with the question's wording
// highlighted on that page: checked on long PDFs (Personal Medical History, PFHH, COPE) and
// others, English and Spanish, each with the question the index places furthest into it
// (bench/pdf-links.ts), so the expected pages come from the database, not from this file. The
// highlight first drawn from the build's boxes must sit where the text layer then highlights the
// same words. No timings here: `npm run bench:pdf`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../codebooks/paths';
import { openCodebook } from '../../electron/services/store';
import { furthestLinks, linkOf, type PdfLink } from '../../bench/pdf-links';
import { foldQuery } from '../../renderer/src/features/pdf/find-text';
import { openChromium, type Session } from './helpers/chromium';
import { serveBrowserMode, type Served } from './helpers/serve';

const FILES = [
  'Personal_Medical_History_Survey_English.pdf',
  'Personal_and_Family_Health_History.pdf',
  'Survey_PaFHH_spn_Src.pdf',
  'COPE_survey_July_2020_English.pdf',
  'The_Basics_Spanish.pdf',
];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

let served: Served;
let s: Session;
let links: PdfLink[];
beforeAll(async () => {
  const db = openCodebook(defaultDbPath());
  links = furthestLinks(db, FILES);
  db.close();
  served = await serveBrowserMode();
  s = await openChromium();
  await s.page.goto(served.url + '#/surveys');
  await s.page.waitForSelector('[data-app-state="ready"]', { timeout: 30_000 });
}, 60_000);
afterAll(async () => {
  await s?.close();
  await served?.stop();
});

describe('Show in PDF opens the indexed page, highlighted', () => {
  it('finds a highlightable question deep in each of these PDFs', () => {
    expect(links.map((l) => l.file).sort()).toEqual([...FILES].sort());
    for (const l of links) expect(l.q, l.file).toBeTruthy();
    for (const l of links) expect(l.boxes?.length, l.file).toBeGreaterThan(0);
    // The long ones: the furthest question is past the first pages (where a lost scroll lands).
    expect(links.find((l) => l.file.startsWith('Personal_and_Family'))!.page).toBeGreaterThan(50);
    expect(links.find((l) => l.file.startsWith('Personal_Medical'))!.page).toBeGreaterThan(15);
  });

  for (const file of FILES) {
    it(`${file}: the page of the index, the wording highlighted on it`, async () => {
      await checkLink(links.find((x) => x.file === file)!);
    }, 60_000);
  }

  // "About how old were you when you were first told you had this condition?" is printed under
  // each condition, several times a page: the link's print is the one under its own condition
  // (English p.38 under "Bipolar disorder", its second; Spanish p.47 under "Depresión", its second),
  // and the text layer's highlight stays on it once it replaces the build's boxes.
  for (const [file, code, page] of [
    ['Personal_Medical_History_Survey_English.pdf', 'MentalHealth_HowOldWereYouBipolar', 38],
    ['Personal_Medical_History_Survey_Spanish.pdf', 'MentalHealth_HowOldWereYouDepression', 47],
  ] as const) {
    it(`${file}: a wording printed several times on the page stays highlighted at the link's own print`, async () => {
      const db = openCodebook(defaultDbPath());
      const doc = db.prepare('SELECT document_id AS id, file FROM document_files WHERE file = ?').get(file) as { id: number; file: string };
      const l = linkOf(db, code, doc)!;
      db.close();
      expect(l.page).toBe(page);
      const { selectedAt, marks } = await checkLink(l);
      // Each print a highlight (one per line it is on), the selected one after the first print's.
      expect(marks).toBeGreaterThan(2);
      expect(selectedAt).toBeGreaterThan(0);
    }, 60_000);
  }
});

/** Opens the link and checks its page and highlight; returns the text layer's highlights on the page, the selected one's place among them. */
async function checkLink(l: PdfLink): Promise<{ selectedAt: number; marks: number }> {
  await s.page.goto(served.url + '#/surveys');
  await s.page.waitForSelector('[data-app-state="ready"][data-route="surveys"]', { timeout: 30_000 });
  await s.page.evaluate((href) => (location.hash = href), l.href);
  // First the build's boxes, relative to their page (read in the page, in the frame they are up)...
  const rects = (sel: string) =>
    s.page
      .waitForFunction(
        (q) => {
          const els = [...document.querySelectorAll(q)];
          const page = els[0]?.closest('.pdf-page')?.getBoundingClientRect();
          if (!page) return null;
          return els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left - page.left, top: r.top - page.top, right: r.right - page.left, bottom: r.bottom - page.top }));
        },
        sel,
        { timeout: 30_000, polling: 'raf' },
      )
      .then((h) => h.jsonValue() as Promise<Rect[]>);
  const boxes = await rects(`.pdf-page[data-page="${l.page}"] .pdf-box`);
  expect(await s.page.getAttribute('.pdf-viewer', 'data-current-page')).toBe(String(l.page));
  expect(boxes.length).toBe(l.boxes!.length);
  // ...then the text layer's highlight of the same words, which replaces them.
  const words = await rects(`.pdf-page[data-page="${l.page}"] .textLayer .highlight.selected`);
  const mark = (await s.page.$(`.pdf-page[data-page="${l.page}"] .textLayer .highlight.selected`))!;
  expect(await s.page.locator(`.pdf-page[data-page="${l.page}"] .pdf-box`).count()).toBe(0);
  const within = (r: Rect, b: Rect, pad: number) => r.left >= b.left - pad && r.right <= b.right + pad && r.top >= b.top - pad && r.bottom <= b.bottom + pad;
  const centre = (r: Rect): Rect => ({ left: (r.left + r.right) / 2, right: (r.left + r.right) / 2, top: (r.top + r.bottom) / 2, bottom: (r.top + r.bottom) / 2 });
  // Every highlighted word is under a box, and every box has highlighted words under it.
  for (const w of words) expect(boxes.some((b) => within(centre(w), b, 2)), `${l.file}: word at ${JSON.stringify(w)}`).toBe(true);
  for (const b of boxes) expect(words.some((w) => within(centre(w), b, 2)), `${l.file}: box at ${JSON.stringify(b)}`).toBe(true);
  expect(await s.page.getAttribute('.pdf-viewer', 'data-current-page')).toBe(String(l.page));
  // The highlighted words are the question's (folded as find folds them), on the linked page.
  const marked = foldQuery((await mark.textContent()) ?? '');
  expect(marked.length).toBeGreaterThan(0);
  expect(foldQuery(l.q!)).toContain(marked);
  // The linked page is in the pages box's view.
  const inView = await s.page.evaluate((page) => {
    const box = document.querySelector('.pdf-pages')!.getBoundingClientRect();
    const el = document.querySelector(`.pdf-page[data-page="${page}"] .highlight.selected`)!.getBoundingClientRect();
    return el.bottom > box.top && el.top < box.bottom;
  }, l.page);
  expect(inView).toBe(true);
  return s.page.evaluate((page) => {
    const marks = [...document.querySelectorAll(`.pdf-page[data-page="${page}"] .textLayer .highlight`)];
    return { selectedAt: marks.findIndex((m) => m.classList.contains('selected')), marks: marks.length };
  }, l.page);
}
