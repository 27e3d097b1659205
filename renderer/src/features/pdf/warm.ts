// Gets "Show in PDF" ready before the click: pdf.js's worker starts as soon as an item page has
// such links (it compiles on its own thread, the longest step of a first click); once the page
// is idle, the viewer's code loads and the documents of its links open, one after another
// (fetched and read by the worker, the linked page looked up; nothing drawn), so a click on any
// of them finds its document open and the worker free. When the pointer or the focus reaches a
// link, its page is also drawn once, tiny (preopen). Pointing at any PDF link loads the viewer's
// code too (intent.ts).
import { pdfPage } from './route';
import { startPdfWorker } from './worker-port';
import { whenIdle } from '../../app/when-idle';

type Link = { url: string; page: number };

/** Starts on idle; the returned function stops opening further documents (the page was left). */
export function warmViewer(links: Link[]): () => void {
  let live = true;
  void startPdfWorker().catch(() => undefined); // pdfjs.ts falls back to its own worker start
  whenIdle(
    () => {
      if (!live) return;
      void pdfPage.preload().catch(() => undefined);
      void (async () => {
        const { openPdf, KEEP_OPEN } = await import('./pdfjs');
        // No more than stay open: a later one would close an earlier one again.
        for (const l of links.slice(0, KEEP_OPEN)) {
          if (!live) return;
          await openPdf(l.url)
            .then((d) => (l.page <= d.numPages ? d.getPage(l.page) : null))
            .catch(() => undefined);
        }
      })();
    },
    2000,
    200,
  );
  return () => {
    live = false;
  };
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
