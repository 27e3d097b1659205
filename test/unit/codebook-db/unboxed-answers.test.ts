// An answer a PDF prints without its box, on the line under the answer above it, is an answer of
// its own where the same PDF prints that text boxed elsewhere (COPE Nov 2020 ES p.6). No printed
// answer in the database is another answer's text with such a line run on after it.
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim();
const BOX = /^[●○▪■❏•]\s*/;

describe('answers printed without their box', () => {
  const prints = db.prepare(`SELECT p.id, d.file, p.page, p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id
    WHERE p.answers IS NOT NULL AND p.page IS NOT NULL`).all() as { id: number; file: string; page: number; answers: string }[];

  it('are not run on into the answer above them', async () => {
    const byFile = new Map<string, typeof prints>();
    for (const p of prints) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    let checkedPages = 0;
    for (const [file, list] of byFile) {
      // Answers printed boxed, alone on their line, anywhere in the file (by pdftotext, not pdf.js).
      const pages = pdfPages((await realSource(`pdf:${file}`)).path);
      const boxed = new Set(pages.flat().filter((l) => BOX.test(l.text)).map((l) => fold(l.text.replace(BOX, ''))));
      for (const p of list) {
        const lines = (pages[p.page - 1] ?? []).map((l) => l);
        for (const a of JSON.parse(p.answers) as string[]) {
          // A line of this page, unboxed, indented deeper than a boxed line right above it, whose text is a boxed answer elsewhere.
          for (const [i, l] of lines.entries()) {
            const above = lines[i - 1];
            if (!above || BOX.test(l.text) || !BOX.test(above.text) || l.indent <= above.indent || !boxed.has(fold(l.text))) continue;
            checkedPages++;
            expect(fold(a).endsWith(` ${fold(l.text)}`), `${file} p.${p.page}: "${a}"`).toBe(false);
            // …and is an answer of its own where the answer above it is this print's.
            const list = (JSON.parse(p.answers) as string[]).map(fold);
            const statement = /^(branching logic|l[oó]gica de (ramificaci|bifurcaci))/i.test(l.text);
            if (!statement && list.includes(fold(above.text.replace(BOX, '')))) expect(list, `${file} p.${p.page}`).toContain(fold(l.text));
          }
        }
      }
    }
    expect(checkedPages).toBeGreaterThan(0);
  });
});
