// The documents the app has already been told about (an item page's "Show in PDF" links carry
// them whole): the PDF route shows one of them at once and opens its file while the service is
// still asked, rather than only after its answer. The database is read-only, so they stay true.
// The catalog's answer names every survey's PDFs (id and file): the route can fetch such a PDF's
// bytes before its record comes back, and the viewer lists the survey's other PDFs without asking.
import type { PdfDocument, Survey } from '../../../../electron/contract/models';
import { pdfPath } from '../../../../electron/contract/pdf-path';

const known = new Map<string, PdfDocument>();
const catalogFiles = new Map<string, string>();
const surveyPdfs = new Map<string, Survey['pdfs']>();

export function rememberCatalogPdfs(surveys: Survey[]): void {
  for (const s of surveys) {
    surveyPdfs.set(s.slug, s.pdfs);
    for (const p of s.pdfs) catalogFiles.set(String(p.id), p.file);
  }
}

/** A survey's PDFs as the catalog's answer listed them, if the app has had it. */
export function catalogSurveyPdfs(slug: string): Survey['pdfs'] | undefined {
  return surveyPdfs.get(slug);
}

/** The URL path of a route's document, from the catalog's answer, if the app has had it. */
export function catalogPdfPath(id: string): string | undefined {
  const file = catalogFiles.get(id.trim());
  return file === undefined ? undefined : pdfPath(file);
}

export function rememberDocuments(docs: PdfDocument[]): void {
  for (const d of docs) known.set(String(d.id), d);
}

/** The document of a route's id, if some page already had it (a file name is left to the service). */
export function knownDocument(idOrFile: string): PdfDocument | undefined {
  return known.get(idOrFile.trim());
}
