// Links into the PDF viewer: #/pdf/<document id or file name>?page=N&q=<text to highlight>.
export interface PdfTarget {
  doc: string;
  page?: number;
  q?: string;
}

export function linkToPdf(documentId: number | string, options: { page?: number; q?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.page && options.page > 0) params.set('page', String(options.page));
  if (options.q) params.set('q', options.q);
  const query = params.toString();
  return `#/pdf/${encodeURIComponent(String(documentId))}${query ? `?${query}` : ''}`;
}

/** The page and highlight of a pdf route's query string. */
export function pdfParams(query: string): { page?: number; q?: string } {
  const p = new URLSearchParams(query);
  const out: { page?: number; q?: string } = {};
  const page = Number(p.get('page'));
  if (Number.isInteger(page) && page > 0) out.page = page;
  const q = p.get('q');
  if (q) out.q = q.slice(0, 2000);
  return out;
}

/**
 * The words "Show in PDF" highlights: the wording where the page was found by it (as printed on
 * that page when the build read it there: an edition's wording may differ from the codebook's),
 * a grid row's own part.
 */
export function highlightFor(method: string, text: string | null, printed?: string | null): string | undefined {
  if (printed && (method === 'printed' || method === 'exact')) return printed;
  if (!text) return undefined;
  if (method === 'tail') return /:\s*([^:]+)$/.exec(text)?.[1]?.trim();
  return method === 'printed' || method === 'exact' ? text : undefined;
}
