// An answer label taken from a PDF cites the page the answer is printed on, not only its question's
// (answer-label-pages.ts): checked with pdftotext for every option label the database takes from a
// PDF, English and Spanish, and for the same label on a label-only answer.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { answerPageReader } from '../../helpers/answer-page';

const db = openRealDb();
afterAll(() => db.close());
const pageAfterQuestion = answerPageReader(db);

interface Fact {
  question: number;
  field: string;
  value: string;
  source: string;
  at: string;
}

describe('an answer label from a PDF', () => {
  it('cites the page of the first line worded so after its question (pdftotext)', async () => {
    const facts = db.prepare(`SELECT context_id AS question, field, value, source, at FROM provenance
      WHERE context_id IS NOT NULL AND field IN ('option.label.en', 'option.text.es') AND chosen = 1 AND source LIKE 'pdf:%' AND at LIKE 'page %'`).all() as Fact[];
    expect(facts.length).toBeGreaterThan(5000);
    const wrong: string[] = [];
    let placed = 0;
    for (const f of facts) {
      const page = Number(f.at.slice(5));
      const found = await pageAfterQuestion(f.source, f.question, f.value, page);
      // pdftotext may not find a label the build's reader does (a label split over two lines, a
      // question worded otherwise in that print); those are counted, not judged.
      if (found === null) continue;
      placed++;
      if (found !== page) wrong.push(`${f.source} ${f.at}: ${f.value} (question ${f.question}; after it: page ${found})`);
    }
    expect(wrong).toEqual([]);
    expect(placed / facts.length).toBeGreaterThan(0.8);
  });

  it("cites the same page on a label-only answer as on its option", () => {
    const differ = db.prepare(`SELECT a.code, o.at AS option, i.at AS item FROM items a
      JOIN provenance o ON o.item_id = a.id AND o.context_id IS NOT NULL AND o.field = 'option.text.es' AND o.chosen = 1
      JOIN provenance i ON i.item_id = a.id AND i.context_id IS NULL AND i.field = 'text.es' AND i.value = o.value AND i.source = o.source
      WHERE a.concept_class = 'label only' AND i.at IS NOT o.at`).all();
    expect(differ).toEqual([]);
  });
});
