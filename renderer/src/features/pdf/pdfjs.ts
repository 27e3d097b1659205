// pdf.js in the renderer: the worker is a bundled file of the app's own origin (Vite `?url`),
// so it loads under `worker-src 'self'` with no network. No eval (isEvalSupported: false) and
// no WebAssembly: the instrument PDFs have no JPEG 2000 images, and the CSP keeps refusing wasm.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

export type PdfLoadError = 'missing' | 'corrupt';

export class PdfOpenError extends Error {
  constructor(readonly kind: PdfLoadError, message: string) {
    super(message);
  }
}

/** Opens a PDF of the app's origin; a missing file and a damaged one are told apart. */
export async function openPdf(url: string): Promise<PDFDocumentProxy> {
  const task = getDocument({ url, isEvalSupported: false, enableXfa: false, stopAtErrors: false, verbosity: 0 });
  try {
    return await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    const status = (e as { status?: number }).status;
    if (name === 'ResponseException' || name === 'MissingPDFException' || status === 404) throw new PdfOpenError('missing', (e as Error).message);
    throw new PdfOpenError('corrupt', (e as Error).message);
  }
}
