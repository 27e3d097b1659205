// Health Care Access prints a skip or a follow-up inside an answer's block ("Más de 2 años, pero no
// más de 5 años / If selected, skip to …", "No sé / If “Sí” is selected, display the following: En
// los últimos 12 meses, ¿cuántas veces visitó…?" and that follow-up's answers). The instruction is
// not part of the answer, and the follow-up's answers are not the question's
// (codebooks/importers/instrument-pdf/questions.ts). Pages are read here with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const BULLET = /^[•●○▪❏]\s*/;

describe('answers printed with an instruction in their block', () => {
  it('keep no skip or follow-up instruction in any printed answer', () => {
    const rows = db.prepare(`SELECT id, answers FROM printed_questions WHERE answers LIKE '%selected%'`).all() as { id: number; answers: string }[];
    const bad = rows.filter((r) => (JSON.parse(r.answers) as string[]).some((a) => /\bIf\b.{0,20}\bselected,?\s+(?:skip to|display the following)/i.test(a)));
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it.each([
    ['Health_Care_Access_Utilization_Spanish.pdf', 2],
    ['Health_Care_Access_Utilization.pdf', 2],
  ])('%s p.%i: each question has the bullets pdftotext prints under it, up to a follow-up', async (file, page) => {
    const lines = pdfPages((await realSource(`pdf:${file}`)).path)[page - 1]!;
    const prints = db.prepare(`SELECT p.text, p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN document_files f ON f.document_id = d.id
      WHERE f.file = ? AND p.page = ? ORDER BY p.sequence`).all(file, page) as { text: string; answers: string }[];
    let checked = 0;
    for (const p of prints) {
      const last = lines.findIndex((l) => l.text.length > 8 && p.text.replace(/\s+/g, ' ').trim().endsWith(l.text.replace(/\s*\d+$/, '').trim()));
      if (last < 0) continue;
      // The bullets under the question; deeper lines are a bullet's instruction; a line back at the
      // question's indent, or a follow-up's "display the following", ends them.
      const printed: string[] = [];
      let indent = -1;
      for (const l of lines.slice(last + 1)) {
        if (BULLET.test(l.text)) {
          if (indent >= 0 && l.indent > indent) break;
          indent = l.indent;
          printed.push(l.text.replace(BULLET, ''));
        } else if (indent >= 0 && (l.indent <= indent || /display the following/i.test(l.text))) break;
      }
      if (!printed.length) continue;
      checked++;
      expect({ text: p.text, answers: JSON.parse(p.answers) }).toEqual({ text: p.text, answers: printed });
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

describe('notes to implementers printed in a question', () => {
  it('are not part of any printed wording or item text, and the wording after the note is kept (PFHH, pdftotext)', async () => {
    const inText = db.prepare(`SELECT count(*) FROM printed_questions WHERE text LIKE 'Implementation note%'`).pluck().get();
    const inItems = db.prepare(`SELECT count(*) FROM items WHERE text_en LIKE '%Implementation note%' OR text_es LIKE '%Implementation note%'`).pluck().get();
    expect([inText, inItems]).toEqual([0, 0]);
    // The Spanish PDF prints the note, then the question: the print is the question's words that follow it.
    const lines = pdfPages((await realSource('pdf:Survey_PaFHH_spn_Src.pdf')).path).flat().map((l) => l.text);
    const at = lines.findIndex((l) => l.startsWith('Implementation note:'));
    expect(at).toBeGreaterThanOrEqual(0);
    const question = lines[at + 1]!.replace(/\d+$/, '').trim();
    const printed = db.prepare(`SELECT p.text FROM printed_questions p JOIN document_files f ON f.document_id = p.document_id WHERE f.file = 'Survey_PaFHH_spn_Src.pdf' AND p.text LIKE ? || '%'`).pluck().all(question.slice(0, 30)) as string[];
    expect(printed.length).toBeGreaterThan(0);
  });
});
