// pdf.js in the renderer: the worker is a bundled file of the app's own origin (Vite `?url`),
// so it loads under `worker-src 'self'` with no network. No eval (isEvalSupported: false) and
// no WebAssembly: the instrument PDFs have no JPEG 2000 images, and the CSP keeps refusing wasm.
// One worker serves every document (starting one compiles a 1.2 MB script; worker-port.ts starts
// it, maybe before this script loaded), and the last few documents opened stay open, so going
// back to a PDF does not fetch and parse it again.
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { openUrls, pdfUrl, takePdfBytes } from './pdf-bytes';
import { startPdfWorker } from './worker-port';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

export type PdfLoadError = 'missing' | 'corrupt';

export class PdfOpenError extends Error {
  constructor(readonly kind: PdfLoadError, message: string) {
    super(message);
  }
}

let worker: Promise<PDFWorker> | null = null;
/** The shared worker, started on first use (an idle item page's pre-opened document starts it early). */
export function sharedWorker(): Promise<PDFWorker> {
  worker ??= startPdfWorker().then(
    (port) => PDFWorker.create({ port, verbosity: 0 }),
    // A worker that cannot start from its port: pdf.js's own start, which falls back to the main thread.
    () => new PDFWorker({ verbosity: 0 }),
  );
  return worker;
}

/** Documents kept open: an item page's links open theirs ahead (warm.ts); most items have at most 6. */
export const KEEP_OPEN = 8;
const open = new Map<string, Promise<PDFDocumentProxy>>();
/** The documents of `open` whose promise has resolved, for a view to show at its first render. */
const opened = new Map<string, PDFDocumentProxy>();

async function load(url: string): Promise<PDFDocumentProxy> {
  // The file is fetched while the worker starts (or was fetched on entering the route), in one
  // request: the instrument PDFs are local and under 1 MB. A failed fetch leaves the file to
  // pdf.js (one request too, no ranges), which tells a missing file from a damaged one.
  const bytes = takePdfBytes(url);
  const worker = await sharedWorker();
  const data = await bytes;
  const task = getDocument({ ...(data ? { data } : { url, disableRange: true }), worker, isEvalSupported: false, enableXfa: false, stopAtErrors: false, verbosity: 0 });
  try {
    return await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    const status = (e as { status?: number }).status;
    if (name === 'ResponseException' || name === 'MissingPDFException' || status === 404) throw new PdfOpenError('missing', (e as Error).message);
    throw new PdfOpenError('corrupt', (e as Error).message);
  }
}

/** Opens a PDF of the app's origin (or returns it if open); a missing file and a damaged one are told apart. */
export function openPdf(path: string): Promise<PDFDocumentProxy> {
  const url = pdfUrl(path);
  let doc = open.get(url);
  if (doc) open.delete(url); // re-inserted below as the most recent
  else {
    const loading = load(url);
    doc = loading;
    loading.then(
      (d) => open.get(url) === loading && opened.set(url, d),
      () => open.get(url) === loading && open.delete(url) && openUrls.delete(url), // a failed open is tried again next time
    );
  }
  open.set(url, doc);
  openUrls.add(url);
  for (const [old, p] of open) {
    if (open.size <= KEEP_OPEN) break;
    open.delete(old);
    opened.delete(old);
    openUrls.delete(old);
    void p.then((d) => d.destroy(), () => undefined);
  }
  return doc;
}

/** The document at `path` if it is open already (no promise to wait for), else undefined. */
export function openedPdf(path: string): PDFDocumentProxy | undefined {
  return opened.get(pdfUrl(path));
}
