// Worker thread: reads the positioned text items of every page of one PDF with pdf.js, so that
// several instrument PDFs are parsed at once, off the build's main thread. Plain JavaScript: it
// runs under plain Node, outside any TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { importPdfjsWorker, readPages } from './pdf-items-read.mjs';

const pdfjs = loadPdfjs();

/**
 * pdf.js's legacy build (the one for Node) brings core-js, which replaces Array.prototype.push on
 * Node 20 with a JavaScript version (for an edge case of arrays whose length is read-only, which
 * pdf.js never makes): about a sixth of the time pdf.js spends reading our PDFs. The worker side is
 * loaded here too, so that no later import replaces it again, and the native push is put back. The
 * items read are the same (checked on every instrument PDF); this thread runs nothing else.
 */
async function loadPdfjs() {
  const push = Array.prototype.push;
  const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Sets globalThis.pdfjsWorker, which pdf.js then uses in this thread instead of importing it.
  await importPdfjsWorker();
  if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  return api;
}

parentPort.on('message', async ({ id, data }) => {
  try {
    parentPort.postMessage({ id, ok: true, pages: await readPages((await pdfjs).getDocument, data) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, where: e.where ?? 'document', message: e.message ?? String(e) });
  }
});
