// Instrument PDFs: one distinct document by id or file name, and the pages of each document
// where a question is printed (the build's page index, table question_pages).
import type { PdfDocument, QuestionPdfPages } from '../contract/models';
import { pdfPath } from '../contract/pdf-path';
import { findItem } from './item-lookup';
import type { Codebook } from './store';

interface DocRow {
  id: number;
  slug: string | null;
  name_en: string | null;
  language: 'en' | 'es';
  file: string;
  edition: string | null;
  printed_version: string | null;
  title: string | null;
  pages: number;
}

const DOC_SQL = `SELECT d.id, m.slug, m.name_en, d.language, d.file, d.edition, d.printed_version, d.title, d.pages
  FROM documents d LEFT JOIN modules m ON m.id = d.module_id`;

/** The URL path of a PDF on the app's own origin (app://app/pdfs/... or the browser mode's). */
export const pdfUrl = pdfPath;

function toDocument(db: Codebook, r: DocRow): PdfDocument {
  const files = db.prepare('SELECT file FROM document_files WHERE document_id = ? ORDER BY file = ? DESC, file').pluck().all(r.id, r.file) as string[];
  return {
    id: r.id,
    survey: r.slug ? { slug: r.slug, name: r.name_en } : null,
    language: r.language,
    file: r.file,
    files: files.length ? files : [r.file],
    edition: r.edition,
    version: r.printed_version,
    title: r.title,
    pages: r.pages,
    url: pdfUrl(r.file),
  };
}

/** A document by its id ("12") or any of its file names; null when there is none. */
export function pdfDocument(db: Codebook, idOrFile: string): PdfDocument | null {
  const q = idOrFile.trim();
  const row = (/^\d{1,9}$/.test(q)
    ? db.prepare(`${DOC_SQL} WHERE d.id = ?`).get(Number(q))
    : db.prepare(`${DOC_SQL} WHERE d.id = (SELECT document_id FROM document_files WHERE file = ? LIMIT 1)`).get(q)) as DocRow | undefined;
  return row ? toDocument(db, row) : null;
}

/** The pages of a question (by concept ID or code) in each PDF of its surveys; null for an unknown item. */
export function questionPdfPages(db: Codebook, idOrCode: string): QuestionPdfPages | null {
  const found = findItem(db, idOrCode);
  if (!found || found.type !== 'item') return null;
  const item = found.item;
  const rows = db
    .prepare(`SELECT qp.page, qp.method, qp.score, qp.boxes, d.id AS doc_id,
        CASE WHEN qp.method = 'anchored' THEN qp.wording ELSE coalesce(qp.wording, (SELECT pq.text FROM printed_questions pq WHERE pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page ORDER BY pq.sequence LIMIT 1)) END AS printed
      FROM question_pages qp JOIN documents d ON d.id = qp.document_id
      WHERE qp.item_id = ? ORDER BY d.language, d.edition IS NOT NULL, d.edition, d.printed_version IS NOT NULL, d.id`)
    .all(item.id) as { page: number; method: string; score: number; boxes: string | null; doc_id: number; printed: string | null }[];
  const doc = db.prepare(`${DOC_SQL} WHERE d.id = ?`);
  return {
    code: item.code,
    conceptId: item.concept_id,
    text: { en: item.text_en, es: item.text_es },
    pages: rows.map((r) => ({ document: toDocument(db, doc.get(r.doc_id) as DocRow), page: r.page, method: r.method, score: r.score, printed: r.printed, boxes: r.boxes ? JSON.parse(r.boxes) : null })),
  };
}
