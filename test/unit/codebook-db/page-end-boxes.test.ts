// A print that goes on over a page break ("About how old were you when you were first told you had
// Type 2" / "diabetes?" on the next page) is highlighted by its words on the page its link opens
// (highlight-boxes.ts pageEndBoxes), and the link gives those words to find. Read here with
// pdftotext: the page ends with an opening of the print (its number after it at most), the link's
// words are such an opening, and the box's first line is where it starts.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { boxedLines } from '../../helpers/pdftotext-boxes';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9ñ]+/g, ' ').trim();

describe('a print split by a page break', () => {
  it('is highlighted by the words its page ends with', async () => {
    const rows = db
      .prepare(`SELECT i.code, f.file, qp.page, qp.boxes, qp.wording, (SELECT pq.text FROM printed_questions pq WHERE pq.item_id = qp.item_id AND pq.document_id = qp.document_id AND pq.page = qp.page ORDER BY pq.sequence LIMIT 1) AS text
        FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id JOIN document_files f ON f.document_id = d.id AND f.file = d.file
        WHERE qp.method = 'printed' AND qp.boxes IS NOT NULL`)
      .all() as { code: string; file: string; page: number; boxes: string; wording: string | null; text: string }[];
    const split: string[] = [];
    for (const r of rows) {
      const path = (await realSource(`pdf:${r.file}`)).path;
      // The page without its number line; footnote marks glued to words ("diabetes?1") dropped.
      const page = fold(pdfPages(path)[r.page - 1]!.map((l) => l.text.replace(/(\p{L}[?.:)]?)\d+\b/gu, '$1')).join(' '));
      const want = fold(r.text);
      if (page.includes(want)) continue;
      // Split: the page ends with an opening of it (other prints read otherwise by pdftotext are not).
      const words = want.split(' ');
      const end = words.findLastIndex((_, k) => k >= 4 && page.endsWith(words.slice(0, k).join(' ')));
      if (end < 4) continue;
      const opening = words.slice(0, end);
      split.push(r.code);
      // The link gives the words on this page to find (the viewer marks and scrolls to them): the page ends with them.
      expect(r.wording && page.endsWith(fold(r.wording)) && r.text.startsWith(r.wording), `${r.code} ${r.file} p.${r.page}: "${r.wording}"`).toBe(true);
      // The box's first line is the line where that opening starts.
      const [x, top] = (JSON.parse(r.boxes) as number[][])[0]!;
      const line = boxedLines(path).find((l) => l.page === r.page && Math.abs(l.top - top!) < 5 && Math.abs(l.left - x!) < 40);
      expect(line && fold(opening.join(' ')).startsWith(fold(line.text).split(' ').slice(0, 3).join(' ')), `${r.code} ${r.file} p.${r.page}`).toBe(true);
    }
    expect(split.length).toBeGreaterThanOrEqual(15);
    expect(split).toContain('Endocrine_HowOldWereYouType2Diabetes');
    expect(split).toContain('MentalCondition_Schizophrenia_yes');
  }, 120_000);
});
