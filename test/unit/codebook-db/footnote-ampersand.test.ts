// A superscript "1 & 3" after a question (COPE 2020-2021) left "&" or "," in the wording and, in
// the Spanish PDFs, lost both footnote numbers (codebooks/importers/instrument-pdf/footnotes.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

describe('footnotes printed "1 & 3"', () => {
  it('leave no stray "&" or "," in the wording, and both numbers are read (COPE Dec 2020 Spanish p.9, read with pdftotext)', async () => {
    const stray = db.prepare(`SELECT id, text FROM printed_questions WHERE text LIKE '% &' OR text LIKE '% ,' OR text LIKE '%?_ & _'`).all();
    expect(stray).toEqual([]);
    const file = 'COPE_survey_Dec_2020_Spanish.pdf';
    const lines = pdfPages((await realSource(`pdf:${file}`)).path)[8]!.map((l) => l.text);
    const printed = lines.filter((l) => /\?1 & 3$/.test(l)).map((l) => l.replace(/1 & 3$/, ''));
    expect(printed.length).toBeGreaterThan(0);
    for (const text of printed) {
      const row = db.prepare(`SELECT p.footnotes FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.file = ? AND p.page = 9 AND p.text LIKE '%' || ?`).get(file, text.slice(-30)) as { footnotes: string } | undefined;
      expect({ text, footnotes: row?.footnotes }).toEqual({ text, footnotes: '[1,3]' });
    }
  });
});
