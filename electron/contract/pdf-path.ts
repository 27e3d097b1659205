// Where a PDF is served on the app's own origin (app://app/pdfs/... or the browser mode's): the
// service gives each document this URL, and the renderer makes the same one from a file name the
// catalog already gave it (a PDF's bytes fetched without waiting for its record).

/** The URL path of the PDF `file` (a documents.file). */
export function pdfPath(file: string): string {
  return `/pdfs/${encodeURIComponent(file)}`;
}
