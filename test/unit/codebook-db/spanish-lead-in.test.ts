// Questions printed after a lead-in a run of questions shares ("Please think of the two-week
// period… were worst." before each of EHHWB mhqukb_7…20): tied to their item by the print's last
// words, given the Spanish without the Spanish lead-in, and their footnote's source. Checked on the
// real database against the PDFs read with pdftotext (test/helpers/pdftotext-flow.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { withoutLeadIn } from '../../../codebooks/merge/spanish-rows';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pagesText(source: string, from: number, to: number): Promise<string> {
  const pages = pdfPages((await realSource(source)).path);
  return squash(pages.slice(from - 1, to).flat().map((l) => l.text).join(' '));
}

describe('a lead-in shared by a run of questions', () => {
  // [code, last words of the Spanish lead-in as printed, first source's instrument as footnoted]
  const CASES: [string, string, string][] = [
    ['cidi5_6', 'preocupación y ansiedad.', 'The World Mental Health (WMH) Survey Initiative'],
    // Its lead-in ends page 3, the question starts page 4: read across the page break.
    ['cidi5_10', 'preocupación y ansiedad.', 'The World Mental Health (WMH) Survey Initiative'],
    ['mhqukb_7', 'ha sido peor:', 'UK Biobank'],
    ['mhqukb_8', 'ha sido peor:', 'UK Biobank'],
    ['mhqukb_18', 'ha sido peor:', 'UK Biobank'],
    ['mhqukb_20', 'ha sido peor:', 'UK Biobank'],
  ];
  it.each(CASES)('%s: Spanish is what the Spanish PDF prints after the lead-in, never the lead-in', async (code, leadEnd) => {
    const row = db
      .prepare(`SELECT i.text_es AS es, p.source, p.at FROM items i JOIN provenance p ON p.item_id = i.id AND p.field = 'text.es' AND p.chosen = 1 WHERE i.code = ? AND i.kind = 'question'`)
      .get(code) as { es: string; source: string; at: string };
    expect(row.source).toBe('pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf');
    const page = Number(/^page (\d+)/.exec(row.at)![1]);
    const printed = await pagesText(row.source, page, page + 1);
    expect(printed).toContain(`${leadEnd} ${squash(row.es)}`);
    expect(row.es.startsWith('Piense en')).toBe(false);
  });

  it.each(CASES)('%s: its source is the instrument its English footnote names', (code, _lead, instrument) => {
    const names = db
      .prepare(`SELECT ins.name, qs.source FROM question_sources qs JOIN items i ON i.id = qs.item_id JOIN instruments ins ON ins.id = qs.instrument_id WHERE i.code = ?`)
      .all(code) as { name: string; source: string }[];
    expect(names.map((n) => n.source)).toContain('pdf:Emotional_Health_History_and_Well-Being.pdf');
    expect(names.some((n) => n.name.startsWith(instrument))).toBe(true);
  });

  it('footnotes 3 and 5 of the English PDF name those instruments', async () => {
    const text = await pagesText('pdf:Emotional_Health_History_and_Well-Being.pdf', 1, 40);
    expect(text).toMatch(/3\. Kessler RC, Ustün TB\. The World Mental Health \(WMH\) Survey Initiative/);
    expect(text).toContain('5. UK Biobank.');
  });
});

describe('a lead-in split from its question by a page break', () => {
  // [code, PDF, page where the lead-in ends, its last printed line, start of the question on the next page]
  const SPLIT: [string, string, number, string, string][] = [
    ['cidi5_10', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 3, 'frecuencia...', '¿Se sintió inquieto'],
    ['cidi5_12', 'pdf:Emotional_Health_History_and_Well-Being.pdf', 5, 'During those 6 months, how often did you…', 'Feel irritated'],
  ];
  it.each(SPLIT)('%s keeps the lead-in its siblings keep, joined over the page', async (code, source, page, leadLast, start) => {
    const pages = pdfPages((await realSource(source)).path);
    const lead = pages[page - 1]!.map((l) => l.text);
    expect(lead[lead.length - 1]).toBe(leadLast);
    const next = pages[page]!.map((l) => l.text);
    const question = next.find((l) => l.startsWith(start))!.replace(/(\D)\d{1,2}$/, '$1');
    expect(next.indexOf(next.find((l) => l.startsWith(start))!)).toBe(0);
    const row = db.prepare(`SELECT text_en AS en, text_es AS es FROM items WHERE code = ?`).get(code) as { en: string; es: string };
    const printed = db
      .prepare(`SELECT p.text, p.page FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id WHERE i.code = ? AND d.source = ?`)
      .get(code, source) as { text: string; page: number };
    expect(printed.page).toBe(page);
    expect(printed.text.endsWith(`${leadLast} ${question}`)).toBe(true);
    if (source.endsWith('_Spanish.pdf')) expect(row.es).toBe(`Durante esos 6 meses, ¿con qué frecuencia... ${question}`);
  });
});

describe('withoutLeadIn (made-up wordings)', () => {
  const en = 'Think of your worst month. How often did you feel tired?';
  const item = 'How often did you feel tired?';
  const others = ['Piense en su peor mes: ¿Con qué frecuencia se sintió triste?'];
  it('drops as many Spanish sentences as the English lead-in has, ":" ending one', () => {
    expect(withoutLeadIn(en, item, 'Piense en su peor mes: ¿Con qué frecuencia se sintió cansado?', others)).toBe('¿Con qué frecuencia se sintió cansado?');
  });
  it('keeps the whole Spanish when no other print shares its lead-in', () => {
    expect(withoutLeadIn(en, item, 'Piense en su peor mes: ¿Con qué frecuencia se sintió cansado?', ['Otra pregunta: ¿algo?'])).toBe('Piense en su peor mes: ¿Con qué frecuencia se sintió cansado?');
  });
  it('never cuts at an ellipsis, and leaves a print without lead-in alone', () => {
    const es = 'Durante esos meses, ¿con qué frecuencia... ¿Se sintió cansado?';
    expect(withoutLeadIn('During those months, how often did you… Feel tired?', 'During those months, how often did you feel tired?', es, [es])).toBe(es);
    expect(withoutLeadIn(en, item, '¿Con qué frecuencia se sintió cansado?', others)).toBe('¿Con qué frecuencia se sintió cansado?');
  });
});
