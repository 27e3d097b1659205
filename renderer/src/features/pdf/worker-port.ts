// pdf.js's worker, started from its URL alone, before pdf.js's own script has loaded: the worker
// compiles its 1.2 MB in its own thread while the main thread loads the viewer. pdfjs.ts hands it
// to pdf.js as the worker's port (pdf.js's documented way to give it a worker made beforehand).
// The worker script is a file of the app's own origin (Vite `?url`): `worker-src 'self'`.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let started: Promise<Worker> | null = null;

/** The worker, once its script runs (its first message); rejects if it cannot load. Started once. */
export function startPdfWorker(): Promise<Worker> {
  started ??= new Promise<Worker>((resolve, reject) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    worker.addEventListener('message', () => resolve(worker), { once: true });
    worker.addEventListener('error', () => reject(new Error(`pdf.js worker failed to load: ${workerUrl}`)), { once: true });
  });
  return started;
}
