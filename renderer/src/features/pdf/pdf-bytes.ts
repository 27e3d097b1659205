// A PDF's bytes, fetched beside pdf.js's worker rather than after it: given only a URL, pdf.js
// asks for the file once its worker runs (after compiling its 1.2 MB script) and has answered
// the document's first message. pdfjs.ts hands pdf.js the bytes instead. No pdf.js here: the
// route starts this fetch (document-record.ts) before the viewer's code has loaded.

/** Fetches under way or done and not yet taken; the oldest go past a few (a route left early). */
const pending = new Map<string, Promise<Uint8Array | null>>();
const KEEP = 2;
/** The documents pdf.js has open (pdfjs.ts keeps this): nothing to fetch for them. */
export const openUrls = new Set<string>();

/** A PDF's path as pdf.js and fetch take it: relative to the page (app://app/ and the browser mode alike). */
export const pdfUrl = (path: string) => path.replace(/^\//, '');

// Any failure gives null: pdf.js then fetches the file itself and tells a missing one apart.
const fetchBytes = (url: string): Promise<Uint8Array | null> =>
  fetch(url)
    .then((r) => (r.ok ? r.arrayBuffer().then((b) => new Uint8Array(b)) : null))
    .catch(() => null);

/** Starts fetching a PDF (once) unless it is open already. */
export function prefetchPdfBytes(path: string): void {
  const url = pdfUrl(path);
  if (pending.has(url) || openUrls.has(url)) return;
  pending.set(url, fetchBytes(url));
  for (const old of pending.keys()) {
    if (pending.size <= KEEP) break;
    pending.delete(old);
  }
}

/** The bytes fetched ahead (handed over once: pdf.js moves them to its worker), else a new fetch. */
export function takePdfBytes(path: string): Promise<Uint8Array | null> {
  const url = pdfUrl(path);
  const p = pending.get(url);
  pending.delete(url);
  return p ?? fetchBytes(url);
}
