// The documents the app has already been told about (an item page's "Show in PDF" links carry
// them whole): the PDF route shows one of them at once and opens its file while the service is
// still asked, rather than only after its answer. The database is read-only, so they stay true.
import type { PdfDocument } from '../../../../electron/contract/models';

const known = new Map<string, PdfDocument>();

export function rememberDocuments(docs: PdfDocument[]): void {
  for (const d of docs) known.set(String(d.id), d);
}

/** The document of a route's id, if some page already had it (a file name is left to the service). */
export function knownDocument(idOrFile: string): PdfDocument | undefined {
  return known.get(idOrFile.trim());
}
