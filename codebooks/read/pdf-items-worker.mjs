// Worker thread: reads the positioned text items of every page of one PDF with pdf.js, so that
// several instrument PDFs are parsed at once, off the build's main thread. Plain JavaScript: it
// runs under plain Node, outside any TypeScript loader.
import { parentPort } from 'node:worker_threads';

const pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs');

parentPort.on('message', async ({ id, data }) => {
  try {
    parentPort.postMessage({ id, ok: true, pages: await readPages(data) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, where: e.where ?? 'document', message: e.message ?? String(e) });
  }
});

async function readPages(data) {
  const { getDocument } = await pdfjs;
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
