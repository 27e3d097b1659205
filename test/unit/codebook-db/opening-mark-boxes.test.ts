// A Spanish question opens with "¿", which the find's folding leaves out of the words matched: the
// highlight's box still begins at the mark, where the printed line begins (highlight-boxes.ts).
// Read here with pdftotext: every highlighted Spanish print that opens a line with "¿" has its
// first box begin at that line's left edge, not a glyph to the right of it.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { boxedLines } from '../../helpers/pdftotext-boxes';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

describe('a highlight of a Spanish question', () => {
  it('begins at its opening "¿"', async () => {
    const rows = db
      .prepare(`SELECT i.code, f.file, qp.page, qp.boxes, pq.text
        FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id
        JOIN document_files f ON f.document_id = d.id AND f.file = d.file
        JOIN printed_questions pq ON pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page
        WHERE qp.method = 'printed' AND qp.boxes IS NOT NULL AND d.language = 'es' AND pq.text LIKE '¿%'
        GROUP BY qp.item_id, qp.document_id`)
      .all() as { code: string; file: string; page: number; boxes: string; text: string }[];
    let checked = 0;
    for (const r of rows) {
      const lines = boxedLines((await realSource(`pdf:${r.file}`)).path);
      const [x, top] = (JSON.parse(r.boxes) as number[][])[0]!;
      const firstWord = r.text.split(/\s+/)[0]!;
      // The printed line the box's first line is on, where it begins with the question's first word.
      const line = lines.find((l) => l.page === r.page && Math.abs(l.top - top!) < 5 && l.text.startsWith(firstWord));
      if (!line) continue;
      checked++;
      expect(Math.abs(x! - line.left), `${r.code} ${r.file} p.${r.page}: box at ${x}, "${line.text.slice(0, 30)}" at ${line.left}`).toBeLessThan(1);
    }
    // Nearly all are checked (a first line pdftotext reads otherwise is skipped), and many.
    expect(checked).toBeGreaterThanOrEqual(Math.max(500, Math.ceil(rows.length * 0.95)));
  }, 180_000);
});
