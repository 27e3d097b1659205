// The page question_pages gives an item (by code) in a PDF (by any of its file names).
import type { Codebook } from '../../electron/services/store';

export function questionPage(db: Codebook, code: string, file: string): number | undefined {
  return db
    .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
    .pluck()
    .get(code, file) as number | undefined;
}
