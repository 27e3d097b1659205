// What the PDF worker thread (pdf-items-worker.mjs) runs, apart so that a test can run it with
// pdf.js as published and compare. Plain JavaScript: it runs under plain Node.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * pdf.js copies its text state at every change of font in a page's text (TextState.clone) as
 * `Object.assign(Object.create(this), this)`: the live state becomes the copy's prototype, so V8
 * turns it into a prototype object at each copy, and the code reading it is thrown away and
 * compiled again, page after page (2–3 s of CPU for our 48 PDFs, by `perf`). The copy already
 * holds every field as its own, so a plain `new TextState()` with the fields copied is the same
 * state. Returns pdf.js's worker source with that one line changed; null when the line is not
 * there as expected (another pdf.js version): the published file is then used as it is.
 */
export function patchTextStateClone(source) {
  const from = '    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();';
  const to = '    const clone = Object.assign(new TextState(), this);\n    clone.textMatrix = this.textMatrix.slice();';
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0 || !/\nclass TextState \{/.test(source)) return null;
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** Loads pdf.js's worker side (it sets globalThis.pdfjsWorker), with patchTextStateClone's change when it applies. */
export async function importPdfjsWorker() {
  const url = import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const patched = patchTextStateClone(readFileSync(fileURLToPath(url), 'utf8'));
  await import(patched ? `data:text/javascript;base64,${Buffer.from(patched).toString('base64')}` : url);
}

/** The positioned text items of every page of a PDF (pdf.js's getDocument given). */
export async function readPages(getDocument, data) {
  let doc;
  try {
    doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: true, verbosity: 0 }).promise;
  } catch (e) {
    throw Object.assign(new Error(e.message), { where: 'document' });
  }
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      let page;
      let content;
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch (e) {
        throw Object.assign(new Error(e.message), { where: `page ${p}` });
      }
      const height = page.view[3] - page.view[1];
      const items = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , , e, f] = it.transform;
        items.push({ str: it.str, x: e, y: height - f, size: Math.hypot(a, b), width: it.width });
      }
      pages.push(items);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
