// Gets "Show in PDF" ready before the click: once an item page with such links is idle, the
// viewer's code and pdf.js's worker load and the first link's document opens at its page; when
// the pointer or the focus reaches a link, its document opens (pdfjs.ts keeps the last few open
// for the viewer). Pointing at any PDF link loads the viewer's code too (intent.ts).
import { pdfPage } from './route';

export function warmViewer(first: { url: string; page: number }): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(
    () => {
      void pdfPage.preload().catch(() => undefined);
      preopen(first.url, first.page);
    },
    { timeout: 2000 },
  );
}

const prepared = new WeakSet<object>();

/**
 * Opens a document and prepares its page `page` for the viewer: the page is drawn once, about a
 * pixel wide, so the worker has read its drawing operations and the main thread has loaded its
 * fonts; pdf.js keeps those operations with the page, and the viewer's drawing reuses them.
 */
export function preopen(url: string, page?: number): void {
  void import('./pdfjs')
    .then((m) => m.openPdf(url))
    .then(async (d) => {
      if (!page || page > d.numPages) return;
      const pg = await d.getPage(page);
      if (prepared.has(pg)) return;
      prepared.add(pg);
      const base = pg.getViewport({ scale: 1 });
      const canvas = document.createElement('canvas');
      await pg.render({ canvas, viewport: pg.getViewport({ scale: 1 / Math.max(base.width, base.height) }) }).promise;
    })
    .catch(() => undefined);
}
