// A print tied by a close wording to an item its document prints word for word elsewhere is
// another question (close-repeats.ts): FHH EN p.14's kidney-disease question had been tied to the
// obesity question printed on p.24, and its answers cited p.14. Checked on the real database
// with pdftotext, and on made-up prints.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';
import { squash } from '../../helpers/answer-page';
import { questionPage } from '../../helpers/question-page';
import { untieCloseRepeats } from '../../../codebooks/merge/close-repeats';
import type { MergedPrinted } from '../../../codebooks/merge/provenance-sources';

const db = openRealDb();
afterAll(() => db.close());

/** Pages (1-based) on which pdftotext prints a line starting with `start`, loosely. */
async function pagesPrinting(source: string, start: string): Promise<number[]> {
  const pages = pdfPages((await realSource(source)).path, 'layout');
  return pages.flatMap((lines, i) => (lines.some((l) => squash(l.text).startsWith(squash(start))) ? [i + 1] : []));
}

describe('a close wording of a question printed word for word in the same document', () => {
  it('is tied to no question: no such print is left in any document', () => {
    const left = db.prepare(`SELECT d.file, p.page, p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id
      WHERE p.link_method = 'text' AND p.link_score < 1 AND EXISTS (SELECT 1 FROM printed_questions e
        WHERE e.document_id = p.document_id AND e.item_id = p.item_id AND e.link_score = 1 AND e.text <> p.text)`).all();
    expect(left).toEqual([]);
  });

  it("leaves FHH's obesity question its own page, and its answers cite it", async () => {
    const source = 'pdf:Family_Health_History_Survey_English.pdf';
    const wording = db.prepare(`SELECT text_en FROM items WHERE code = 'DiagnosedHealthCondition_Obesity_yes'`).pluck().get() as string;
    const pages = await pagesPrinting(source, wording.slice(0, 40));
    expect(pages).toHaveLength(1);
    expect(questionPage(db, 'DiagnosedHealthCondition_Obesity_yes', 'Family_Health_History_Survey_English.pdf')).toBe(pages[0]);
    const cites = db.prepare(`SELECT DISTINCT p.at FROM provenance p JOIN items q ON q.id = p.context_id
      WHERE q.code = 'DiagnosedHealthCondition_Obesity_yes' AND p.field = 'option.label.en' AND p.source = ?`).pluck().all(source);
    expect(cites).toEqual([`page ${pages[0]}`]);
    const prints = db.prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
      WHERE i.code = 'DiagnosedHealthCondition_Obesity_yes' AND d.source = ?`).pluck().all(source) as string[];
    expect(prints.map(squash)).toEqual([squash(wording)]);
  });
});

const made = (source: string, language: 'en' | 'es', text: string, itemKey: string | null, score: number | null, method: string | null): MergedPrinted =>
  ({ record: { module: 'made-up', language, text, footnotes: [], sequence: 0, prov: { source } }, module: 'made-up', documentSha: null, itemKey, score, method }) as MergedPrinted;

describe('untieCloseRepeats (made-up prints)', () => {
  it('unties a close print only where the same document and language print the item word for word otherwise', () => {
    const exact = made('pdf:made-up.pdf', 'en', 'Who in your family has had made-up fever?', 'c:fever', 1, 'text');
    const close = made('pdf:made-up.pdf', 'en', 'Who in your family has had made-up chills?', 'c:fever', 0.8, 'text');
    const sameWords = made('pdf:made-up.pdf', 'en', 'Who in your family has had made-up fever?', 'c:fever', 0.9, 'text');
    const otherDoc = made('pdf:made-up-2.pdf', 'en', 'Who in your family has had made-up chills?', 'c:fever', 0.8, 'text');
    // A sheet with both languages: the Spanish exact wording says nothing of the English close one.
    const sheetEs = made('workgroup:made-up.xlsx', 'es', '¿Quién en su familia ha tenido fiebre inventada?', 'c:fever', 1, 'text');
    const sheetEn = made('workgroup:made-up.xlsx', 'en', 'Who in your family has had made-up chills?', 'c:fever', 0.8, 'text');
    const untied = untieCloseRepeats([exact, close, sameWords, otherDoc, sheetEs, sheetEn]);
    expect(untied).toEqual([close]);
    expect([close.itemKey, close.score, close.method]).toEqual([null, null, null]);
    expect([exact, sameWords, otherDoc, sheetEs, sheetEn].map((p) => p.itemKey)).toEqual(['c:fever', 'c:fever', 'c:fever', 'c:fever', 'c:fever']);
  });
});
