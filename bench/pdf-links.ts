// The "Show in PDF" link of one question per instrument PDF, read from the database's page index:
// the question it places furthest into the document among those whose wording can be highlighted
// (its wording as printed there, a grid row's own part), else the furthest of any. Used by
// `npm run bench:pdf` and by the viewer's UI test, so both check pages the build found.
import { questionPdfPages } from '../electron/services/pdfs';
import type { Codebook } from '../electron/services/store';
import { highlightFor, linkToPdf } from '../renderer/src/features/pdf/links';

export interface PdfLink {
  doc: number;
  file: string;
  item: string;
  /** The page the index gives. */
  page: number;
  /** The words to highlight; null when the index found the page by other means (no wording to show). */
  q: string | null;
  /** Where the build found those words on the page (drawn by the viewer at once); null if it did not. */
  boxes: [number, number, number, number][] | null;
  href: string;
}

/** One link per document (every document, or those named by file). */
export function furthestLinks(db: Codebook, files?: string[]): PdfLink[] {
  const docs = db.prepare('SELECT id, file FROM documents ORDER BY id').all() as { id: number; file: string }[];
  const rows = db.prepare(`SELECT coalesce(i.code, CAST(i.concept_id AS TEXT)) AS item FROM question_pages qp JOIN items i ON i.id = qp.item_id
    WHERE qp.document_id = ? ORDER BY qp.page DESC, qp.item_id`);
  const out: PdfLink[] = [];
  for (const d of docs.filter((x) => !files || files.includes(x.file))) {
    let fallback: PdfLink | null = null;
    let chosen: PdfLink | null = null;
    for (const item of rows.pluck().all(d.id) as string[]) {
      const link = linkOf(db, item, d);
      if (!link) continue;
      fallback ??= link;
      if (link.q) {
        chosen = link;
        break;
      }
    }
    if (chosen ?? fallback) out.push((chosen ?? fallback)!);
  }
  return out;
}

/** The link of one item to one document, as the service gives it; null where the index has no page. */
export function linkOf(db: Codebook, item: string, d: { id: number; file: string }): PdfLink | null {
  const pages = questionPdfPages(db, item);
  const p = pages?.pages.find((x) => x.document.id === d.id);
  if (!p) return null;
  const q = highlightFor(p.method, pages!.text[p.document.language], p.printed) ?? null;
  return { doc: d.id, file: d.file, item, page: p.page, q, boxes: p.boxes, href: linkToPdf(d.id, { page: p.page, q: q ?? undefined, boxes: p.boxes }) };
}
