// Gets "Show in PDF" ready before the click: once an item page with such links is idle, the
// viewer's code and pdf.js's worker load and the first link's document opens at its page; when
// the pointer or the focus reaches a link, its document opens (pdfjs.ts keeps the last few open
// for the viewer). Pointing at any PDF link loads the viewer's code too (intent.ts).
import { pdfPage } from './route';

export function warmViewer(first?: { url: string; page: number }): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(
    () => {
      void pdfPage.preload().catch(() => undefined);
      if (first) preopen(first.url, first.page);
      else void import('./pdfjs').then((m) => m.warmUp());
    },
    { timeout: 2000 },
  );
}

/** Opens a document and reads its page `page` (pdf.js keeps both for the viewer). */
export function preopen(url: string, page?: number): void {
  void import('./pdfjs')
    .then((m) => m.openPdf(url))
    .then((d) => (page && page <= d.numPages ? d.getPage(page) : undefined))
    .catch(() => undefined);
}
