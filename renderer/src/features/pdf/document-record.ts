// The PDF route's document record (title, file, language), asked of the service the moment the
// route is entered, not once the viewer's code has loaded; its answer starts the file's fetch
// (pdf-bytes.ts), unless the catalog's answer named the file already. A document an item page's
// links carried whole needs no request at all.
import type { PdfDocument } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { catalogPdfPath, knownDocument, rememberDocuments } from './known-documents';
import { prefetchPdfBytes } from './pdf-bytes';

const asked = new Map<string, Promise<PdfDocument | null>>();

/** Asks for the route's document and then its bytes, once; both wait for the viewer to take them. */
export function prefetchPdfDocument(doc: string): void {
  const known = knownDocument(doc);
  if (known) return prefetchPdfBytes(known.url);
  // A document the catalog listed: its file now, beside the record (the record's answer, on a
  // main thread busy with the viewer's code, came 100-400 ms later under load).
  const path = catalogPdfPath(doc);
  if (path) prefetchPdfBytes(path);
  if (asked.has(doc)) return;
  const answer = unwrap(api.getPdfDocument(doc));
  asked.set(doc, answer);
  answer.then(
    (d) => {
      if (!d) return;
      rememberDocuments([d]); // the viewer's first render shows it, if it comes later
      if (knownDocument(doc)) asked.delete(doc);
      prefetchPdfBytes(d.url);
    },
    () => undefined,
  );
}

/** The answer asked for on entering the route (taken once), else a new request. */
export function pdfDocumentRecord(doc: string): Promise<PdfDocument | null> {
  const answer = asked.get(doc);
  asked.delete(doc);
  return answer ?? unwrap(api.getPdfDocument(doc));
}
