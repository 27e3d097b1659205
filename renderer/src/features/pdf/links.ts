// Links into the PDF viewer: #/pdf/<document id or file name>?page=N&q=<text to highlight>
// &hl=x,top,w,h;... (where the build found that text on the page, in points: drawn at once,
// before the page's text is read).

/** [x, top, width, height] in points from the page's top-left corner. */
export type PdfBox = [number, number, number, number];

export interface PdfLinkOptions {
  page?: number;
  q?: string;
  boxes?: PdfBox[] | null;
}

const MAX_BOXES = 40;

export function linkToPdf(documentId: number | string, options: PdfLinkOptions = {}): string {
  const params = new URLSearchParams();
  if (options.page && options.page > 0) params.set('page', String(options.page));
  if (options.q) params.set('q', options.q);
  if (options.q && options.page && options.boxes?.length) params.set('hl', options.boxes.map((b) => b.join(',')).join(';'));
  const query = params.toString();
  return `#/pdf/${encodeURIComponent(String(documentId))}${query ? `?${query}` : ''}`;
}

/** The page and highlight of a pdf route's query string; boxes only with a page and words, and all well-formed. */
export function pdfParams(query: string): { page?: number; q?: string; boxes?: PdfBox[] } {
  const p = new URLSearchParams(query);
  const out: { page?: number; q?: string; boxes?: PdfBox[] } = {};
  const page = Number(p.get('page'));
  if (Number.isInteger(page) && page > 0) out.page = page;
  const q = p.get('q');
  if (q) out.q = q.slice(0, 2000);
  const boxes = parseBoxes(p.get('hl'));
  if (boxes && out.page && out.q) out.boxes = boxes;
  return out;
}

function parseBoxes(hl: string | null): PdfBox[] | null {
  if (!hl) return null;
  const boxes = hl.split(';').slice(0, MAX_BOXES).map((b) => b.split(',').map(Number));
  const ok = boxes.every((b) => b.length === 4 && b.every(Number.isFinite) && b[2]! > 0 && b[3]! > 0);
  return ok ? (boxes as PdfBox[]) : null;
}

/**
 * The words "Show in PDF" highlights: the wording where the page was found by it (as printed on
 * that page when the build read it there: an edition's wording may differ from the codebook's),
 * a grid row's own part; for a page found by another source's wording, that wording; for a page
 * under a heading, the heading the build found there (a sub-list's, sub-list-pages.ts).
 */
export function highlightFor(method: string, text: string | null, printed?: string | null): string | undefined {
  if (printed && (method === 'printed' || method === 'exact' || method === 'other-wording' || method === 'anchored')) return printed;
  if (!text) return undefined;
  if (method === 'tail') return /:\s*([^:]+)$/.exec(text)?.[1]?.trim();
  return method === 'printed' || method === 'exact' ? text : undefined;
}
