// A question's highlight covers its marks as printed: the find folds "¿", "?", ")" and the like
// out of the words it matches, yet the box (highlight-boxes.ts) begins at a Spanish question's
// opening "¿" and ends after its closing "?" (or ")?", "…?", "."), where the printed words do.
// Read here with pdftotext, which knows each printed word's edges, independently of pdf.js.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { boxedLines } from '../../helpers/pdftotext-boxes';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Print {
  code: string;
  file: string;
  page: number;
  boxes: string;
  text: string;
}

// Highlighted prints with the wording as printed (not another source's words or a page-end part).
const prints = (where: string) =>
  db
    .prepare(`SELECT i.code, f.file, qp.page, qp.boxes, pq.text
      FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id
      JOIN document_files f ON f.document_id = d.id AND f.file = d.file
      JOIN printed_questions pq ON pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page
      WHERE qp.method = 'printed' AND qp.boxes IS NOT NULL AND ${where}
      GROUP BY qp.item_id, qp.document_id`)
    .all() as Print[];

const linesOf = async (r: Print) => (await realSource(`pdf:${r.file}`)).path;
const boxesOf = (r: Print) => JSON.parse(r.boxes) as number[][];

describe('a highlight of a question', () => {
  it('begins at a Spanish question\'s opening "¿"', async () => {
    const rows = prints(`d.language = 'es' AND pq.text LIKE '¿%'`);
    let checked = 0;
    for (const r of rows) {
      const [x, top] = boxesOf(r)[0]!;
      const firstWord = r.text.split(/\s+/)[0]!;
      // The printed line the box's first line is on, where it begins with the question's first word.
      const line = boxedLines(await linesOf(r)).find((l) => l.page === r.page && Math.abs(l.top - top!) < 5 && l.text.startsWith(firstWord));
      if (!line) continue;
      checked++;
      expect(Math.abs(x! - line.left), `${r.code} ${r.file} p.${r.page}: box at ${x}, "${line.text.slice(0, 30)}" at ${line.left}`).toBeLessThan(1);
    }
    // Nearly all are checked (a first line pdftotext reads otherwise is skipped), and many.
    expect(checked).toBeGreaterThanOrEqual(Math.max(500, Math.ceil(rows.length * 0.95)));
  }, 180_000);

  it('ends after the marks that close it ("?", ")?", "...?", "."), in English and Spanish', async () => {
    // A blank to write in after the wording ("…etc.):______") is not its end.
    const wording = (r: Print) => r.text.trim().replace(/_+$/, '');
    const rows = prints(`qp.wording IS NULL`).filter((r) => /[^\p{L}\p{N}\s_]$/u.test(wording(r)));
    const closedBy = new Map<string, number>();
    let checked = 0;
    let glued = 0;
    for (const r of rows) {
      const boxes = boxesOf(r);
      const [x, top, width] = boxes[boxes.length - 1]!;
      const lastWord = wording(r).split(/\s+/).pop()!;
      // That word as printed on the box's last line, within the box (or just right of it); the
      // page may glue more to it ("etc.):______" for "etc.):"), which the box must stop short of.
      const word = boxedLines(await linesOf(r))
        .filter((l) => l.page === r.page && Math.abs(l.top - top!) < 5)
        .flatMap((l) => l.words)
        .find((w) => w.text.startsWith(lastWord) && w.right > x! && w.left < x! + width! + 2);
      if (!word) continue;
      const end = x! + width!;
      const at = `${r.code} ${r.file} p.${r.page}: box ends at ${end}, "${word.text}" at ${word.right}`;
      if (word.text !== lastWord) {
        glued++;
        expect(end, at).toBeLessThan(word.right - 1);
        continue;
      }
      checked++;
      const mark = wording(r).slice(-1);
      closedBy.set(mark, (closedBy.get(mark) ?? 0) + 1);
      expect(Math.abs(end - word.right), at).toBeLessThan(1);
    }
    expect(checked).toBeGreaterThanOrEqual(Math.max(2000, Math.ceil(rows.length * 0.9)));
    // Both kinds of ending are among them, many of each.
    expect(closedBy.get('?')).toBeGreaterThan(1500);
    expect(closedBy.get('.')).toBeGreaterThan(300);
    expect(glued).toBeGreaterThan(0);
  }, 300_000);

  it('goes on from line to line through the marks that end and start them ("(matriz)?", "non-", "¿Usted")', async () => {
    // Where a highlight goes on to the next line, its line ends and starts are whole printed words:
    // each edge within 1 pt of a word's edge on that line (a mark glued to a word is in the word).
    let edges = 0;
    for (const r of prints(`1`)) {
      const boxes = boxesOf(r);
      if (boxes.length < 2) continue;
      const lines = boxedLines(await linesOf(r)).filter((l) => l.page === r.page);
      boxes.forEach(([x, top, width], i) => {
        const words = lines.filter((l) => Math.abs(l.top - top!) < 5).flatMap((l) => l.words);
        if (!words.length) return;
        const at = `${r.code} ${r.file} p.${r.page} line ${i + 1}`;
        if (i < boxes.length - 1) expect(Math.min(...words.map((w) => Math.abs(w.right - x! - width!))), `${at}: end`).toBeLessThan(1);
        if (i > 0) expect(Math.min(...words.map((w) => Math.abs(w.left - x!))), `${at}: start`).toBeLessThan(1);
        edges += (i < boxes.length - 1 ? 1 : 0) + (i > 0 ? 1 : 0);
      });
    }
    expect(edges).toBeGreaterThan(5000);
  }, 300_000);
});
