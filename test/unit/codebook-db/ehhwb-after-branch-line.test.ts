// A question printed right under a one-line branching statement, at its indent, is a question of
// its own: Emotional Health History and Well-Being prints "Branching Logic: This question will
// only be asked if sex = female" (no full stop) over mhqukb_27, and a two-line statement ending
// "otherwise display these questions." over pcl_1. Before the fix the statement swallowed the
// question, so neither had Spanish nor its footnote's source. Checked on the real database against
// the PDFs read with pdftotext (test/helpers/pdftotext-flow.ts), pages cited below.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages, printedQuestion } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const EN = 'pdf:Emotional_Health_History_and_Well-Being.pdf';
const ES = 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf';

interface Row {
  id: number;
  en: string;
  es: string | null;
}
const item = (code: string) => db.prepare(`SELECT id, text_en AS en, text_es AS es FROM items WHERE code = ? AND kind = 'question'`).get(code) as Row;
const chosenAt = (id: number, field: string) =>
  db.prepare(`SELECT source, at FROM provenance WHERE item_id = ? AND field = ? AND chosen = 1`).get(id, field) as { source: string; at: string } | undefined;
const labels = (id: number) =>
  db.prepare(`SELECT label_en AS en, label_es AS es FROM options WHERE question_id = ? ORDER BY position`).all(id) as { en: string; es: string | null }[];

/** The answer lines printed under the question that starts with `start` on `page`, bullets dropped. */
async function printedAnswers(source: string, page: number, start: string): Promise<string[]> {
  const lines = pdfPages((await realSource(source)).path)[page - 1]!;
  const at = lines.findIndex((l) => l.text.startsWith(start));
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (/^[●❏]/.test(l.text)) out.push(l.text.replace(/^[●❏]\s*/, ''));
    else if (out.length) break;
  }
  return out;
}

describe('EHHWB: the question under a one-line branching statement', () => {
  // [code, English page, English start, Spanish page, Spanish start, footnote, instrument]
  const CASES: [string, number, string, number, string, string, string][] = [
    ['mhqukb_27', 17, 'Did this episode occur within months', 12, '¿Tuvo un episodio como este', '5', 'UK Biobank'],
    ['pcl_1', 27, 'In the past month, have you had repeated', 20, 'En el último mes, ¿ha tenido recuerdos', '8', 'PTSD Checklist'],
  ];

  it.each(CASES)('%s: English and Spanish wording are what the PDFs print, each from its page', async (code, pEn, sEn, pEs, sEs) => {
    const row = item(code);
    expect(row.en).toBe(printedQuestion((await realSource(EN)).path, pEn, sEn));
    expect(row.es).toBe(printedQuestion((await realSource(ES)).path, pEs, sEs));
    expect(chosenAt(row.id, 'text.es')).toEqual({ source: ES, at: `page ${pEs}` });
    const printed = db.prepare(`SELECT p.page FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE p.item_id = ? AND d.source = ?`).all(row.id, EN) as { page: number }[];
    expect(printed).toEqual([{ page: pEn }]);
  });

  it.each(CASES)('%s: the answers are those printed under it, in both languages', async (code, pEn, sEn, pEs, sEs) => {
    const shown = labels(item(code).id);
    const en = await printedAnswers(EN, pEn, sEn);
    const es = await printedAnswers(ES, pEs, sEs);
    expect(en.length).toBeGreaterThan(3);
    expect(shown.map((l) => l.en)).toEqual(en);
    expect(shown.map((l) => l.es)).toEqual(es);
  });

  it.each(CASES)('%s: its source is the instrument its footnote names', async (code, pEn, _s, _p, _e, note, instrument) => {
    const names = db
      .prepare(`SELECT ins.name, qs.at FROM question_sources qs JOIN instruments ins ON ins.id = qs.instrument_id WHERE qs.item_id = ? AND qs.source = ?`)
      .all(item(code).id, EN) as { name: string; at: string }[];
    expect(names.length).toBe(1);
    expect(names[0]!.at).toBe(`page ${pEn}`);
    expect(names[0]!.name.startsWith(instrument)).toBe(true);
    // The footnote number printed after the question, and the Sources entry it points to.
    const pages = pdfPages((await realSource(EN)).path);
    expect(pages[pEn - 1]!.some((l) => l.text.endsWith(`?${note}`))).toBe(true);
    const sources = pages.flat().map((l) => l.text).join(' ').split('Source Information')[1]!;
    expect(new RegExp(`(^| )${note}\\. .{0,60}${instrument}`).test(sources)).toBe(true);
  });

  it('keeps the branching statement whole and without the question', () => {
    const prose = db
      .prepare(`SELECT prose FROM branching WHERE child_id = ? AND source = ?`)
      .all(item('mhqukb_27').id, EN) as { prose: string }[];
    expect(prose).toEqual([{ prose: 'Branching Logic: This question will only be asked if sex = female' }]);
  });
});
