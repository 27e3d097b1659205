// An answer ID printed in the 2017/2018 instruments ("PPI1585333 Dutch") is cited on the page it is
// printed on, not its question's first page (lists run over pages: the race subcategories of
// 1586134.pdf are on pages 1-3). Checked on the real database with pdftotext; and a note to
// implementers printed under an answer is not part of any printed answer.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

describe('printed answer IDs', () => {
  it.each(['pdf:1586134.pdf', 'pdf:1585710.pdf', 'pdf:1585855.pdf'])('%s: each cites a page pdftotext prints it on as an answer', async (source) => {
    const facts = db.prepare(`SELECT value, at FROM provenance WHERE source = ? AND field = 'conceptId' AND at LIKE 'page %'`).all(source) as { value: string; at: string }[];
    expect(facts.length).toBeGreaterThan(80);
    const pages = pdfPages((await realSource(source)).path, 'layout');
    const wrong = facts.filter(({ value, at }) => {
      const page = Number(/^page (\d+)/.exec(at)![1]);
      // An answer line: its bullet ("o" or Word's symbol), then the ID ("PPI1585333 " or "PPI1585861. ").
      const line = new RegExp(`^(?:o\\s+|[\\uf0a7\\uf0b7]\\s*)?PPI\\s?${value}\\.?\\s`);
      return !pages[page - 1]!.some((l) => line.test(l.text));
    });
    expect(wrong).toEqual([]);
  });

  it('no printed answer holds a note to implementers', () => {
    const rows = db.prepare(`SELECT d.file, p.page, p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE p.answers LIKE '%Implementation note%'`).all();
    expect(rows).toEqual([]);
    const texts = db.prepare(`SELECT release_id, item_id FROM release_texts WHERE answers LIKE '%Implementation note%'`).all();
    expect(texts).toEqual([]);
  });
});
