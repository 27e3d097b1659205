// Times "Show in PDF" inside the page, not from Node: a MutationObserver notes the first frame in
// which the linked page holds its highlight (and then its painted canvas), and the start is the
// user's own pointerdown (its event time) or the moment the bench changed the address. Playwright's
// round trips and polling stay out of the figures. The page is Playwright's (inPage) or one with no
// DevTools session on its workers (bare-chromium.ts): both only evaluate.
import type { Page } from 'playwright-core';
import type { PdfLink } from './pdf-links';

/** What these need of a page: to run a function's source in it with one argument. */
export interface InPage {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
}
export const inPage = (page: Page): InPage => ({ evaluate: async (fn, arg) => (await page.evaluate(fn as never, arg)) as never });

export interface Timing {
  /** ms from the start to the frame with the highlight on the linked page (or that page shown, without words). */
  highlight: number;
  /** ms from the start to the frame with that page's canvas painted. */
  painted: number;
  /** The page the viewer counts as current once done. */
  landed: string | null;
}

type Marks = { start?: number; hl?: number; paint?: number };

/** Watches for the link's page; `fromPointerDown`: the start is the next pointerdown, else call markStart. */
export async function watchFor(page: InPage, l: PdfLink, fromPointerDown: boolean): Promise<void> {
  const hl = l.q ? `.pdf-page[data-page="${l.page}"] .highlight.selected` : `.pdf-page[data-page="${l.page}"][data-rendered="true"]`;
  const paint = `.pdf-page[data-page="${l.page}"][data-painted="true"]`;
  await page.evaluate(
    ({ hl, paint, fromPointerDown }) => {
      const m: Marks = {};
      (window as unknown as { __pdfMarks: Marks }).__pdfMarks = m;
      if (fromPointerDown) addEventListener('pointerdown', (e) => (m.start = e.timeStamp), { capture: true, once: true });
      // The frame that shows a change: the next animation frame after it. (No named functions
      // here: tsx would wrap them in a helper the page does not have.)
      const o = new MutationObserver(() => {
        for (const [key, sel] of [['hl', hl], ['paint', paint]] as const) {
          if (m[key] === undefined && document.querySelector(sel)) requestAnimationFrame(() => (m[key] ??= performance.now()));
        }
        if (m.hl !== undefined && m.paint !== undefined) o.disconnect();
      });
      o.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-painted', 'data-rendered'] });
    },
    { hl, paint, fromPointerDown },
  );
}

export async function markStart(page: InPage): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __pdfMarks: Marks }).__pdfMarks.start = performance.now()), undefined);
}

/** Waits (up to 15 s) for both marks; a mark never reached is Infinity. */
export async function result(page: InPage): Promise<Timing> {
  const done = () => page.evaluate(() => (window as unknown as { __pdfMarks: Marks }).__pdfMarks, undefined);
  const until = Date.now() + 15_000;
  let m = await done();
  while ((m.hl === undefined || m.paint === undefined) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    m = await done();
  }
  const landed = await page.evaluate(() => document.querySelector('.pdf-viewer')?.getAttribute('data-current-page') ?? null, undefined);
  const since = (t: number | undefined) => (t === undefined || m.start === undefined ? Infinity : t - m.start);
  return { highlight: since(m.hl), painted: since(m.paint), landed };
}
