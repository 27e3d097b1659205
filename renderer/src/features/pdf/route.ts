// The PDF viewer's page, loaded when first shown or as soon as the user points at or focuses a
// link to it (intent.ts); loading it starts pdf.js's worker at once, beside pdf.js's own script.
import { preloadablePage } from '../../app/preloadable-page';
import { startPdfWorker } from './worker-port';

export const pdfPage = preloadablePage(
  () => {
    void startPdfWorker().catch(() => undefined); // pdfjs.ts falls back to its own worker start
    return import('./PdfDocumentPage');
  },
  (m) => m.PdfDocumentPage,
);
