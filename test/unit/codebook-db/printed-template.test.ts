// EHHWB prints the seven mhqukb_31_* items once, as a template: "Did [citalopram, fluoxetine, …,
// the antidepressant(s)] help?" (Emotional_Health_History_and_Well-Being.pdf p.18, Spanish
// editions p.13 and p.14). Each item is tied to that print (its page, its footnote's source, the
// original wording with its own alternative put in), and keeps the wording its codebook gives: the
// Spanish prints end in the untranslated "help?", so no Spanish is made from them. The prints are
// read here with pdftotext (test/helpers/pdftotext-flow.ts), the codebook with csv-parse.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate, pairTemplate, parseTemplate } from '../../../codebooks/merge/printed-templates';
import { openRealDb } from '../../helpers/real-db';
import { printedQuestion } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const EN = 'pdf:Emotional_Health_History_and_Well-Being.pdf';
const CODES = ['citalopram', 'fluoxetine', 'sertraline', 'paroxetine', 'amitriptyline', 'dosulepin', 'other'].map((d) => `mhqukb_31_${d}`);

async function csvWording(): Promise<Map<string, string>> {
  const path = `${process.env.PPI_SOURCES_DIR ?? '/work/shared/codebooks-raw'}/all-of-us__data-browser/public-api/db-cdr/generate-cdr/csv/ehwb_survey_metadata.csv`;
  const rows = parse(readFileSync(path), { columns: true, relax_column_count: true }) as { concept_code: string; concept_name: string }[];
  return new Map(rows.map((r) => [r.concept_code, r.concept_name]));
}

describe('EHHWB mhqukb_31_*: one printed template for seven items', () => {
  it('ties each item to the template printed on English p.18 and on each Spanish edition', async () => {
    const template = printedQuestion((await realSource(EN)).path, 18, 'Did [citalopram');
    const alternatives = parseTemplate(template)!.alternatives;
    expect(alternatives).toHaveLength(7);
    for (const code of CODES) {
      const pages = db
        .prepare(`SELECT d.source, qp.page, qp.method FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id WHERE i.code = ? ORDER BY d.source`)
        .all(code);
      expect(pages, code).toEqual([
        { source: EN, page: 18, method: 'printed' },
        { source: 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', page: 13, method: 'printed' },
        { source: 'pdf:Emotional_Health_Well_Being_Spanish.pdf', page: 14, method: 'printed' },
      ]);
      const printed = db
        .prepare(`SELECT p.text, p.link_method FROM printed_questions p JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = p.document_id WHERE i.code = ? AND d.source = ?`)
        .all(code, EN);
      expect(printed).toEqual([{ text: template, link_method: 'template' }]);
    }
  });

  it('keeps the codebook wording, gives no Spanish, and puts each alternative into the original wording', async () => {
    const wording = await csvWording();
    const template = parseTemplate(printedQuestion((await realSource(EN)).path, 18, 'Did [citalopram'))!;
    CODES.forEach((code, i) => {
      const row = db.prepare(`SELECT id, text_en AS en, text_es AS es FROM items WHERE code = ?`).get(code) as { id: number; en: string; es: string | null };
      expect(row.en).toBe(wording.get(code));
      expect(row.es).toBeNull();
      const links = db
        .prepare(`SELECT ins.name, qs.original_text AS original, qs.at FROM question_sources qs JOIN instruments ins ON ins.id = qs.instrument_id WHERE qs.item_id = ? AND qs.source = ?`)
        .all(row.id, EN) as { name: string; original: string; at: string }[];
      expect(links).toEqual([{ name: expect.stringMatching(/^UK Biobank/), original: fillTemplate(template, i), at: 'page 18' }]);
    });
    // The seventh is worded otherwise in the codebook; the print's own alternative stays the original.
    expect(fillTemplate(template, 6)).toBe('Did the antidepressant(s) help?');
  });

  it('the release shows no template as an item\'s wording', () => {
    const texts = db.prepare(`SELECT t.text FROM release_texts t JOIN items i ON i.id = t.item_id WHERE i.code = ?`).all(CODES[0]) as { text: string }[];
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => t.text.includes('['))).toBe(false);
  });
});

describe('pairTemplate (made-up wordings)', () => {
  const t = parseTemplate('Did [apples, pears, plums, the other fruit] help?')!;
  const items = (texts: string[]) => texts.map((text, i) => ({ key: `k${i}`, text }));
  it('pairs by exact wording and the last by elimination within the same frame', () => {
    const got = pairTemplate(t, items(['Did pears help?', 'Did apples help?', 'Did plums help?', 'Did any other fruits help?']));
    expect([...got!]).toEqual([['k0', 1], ['k1', 0], ['k2', 2], ['k3', 3]]);
  });
  it('refuses when two items are worded otherwise, the count differs, or the last leaves the frame', () => {
    expect(pairTemplate(t, items(['Did pears help?', 'Did apples help?', 'Was it plums?', 'Did any other fruits help?']))).toBeNull();
    expect(pairTemplate(t, items(['Did pears help?', 'Did apples help?', 'Did plums help?']))).toBeNull();
    expect(pairTemplate(t, items(['Did pears help?', 'Did apples help?', 'Did plums help?', 'Were other fruits useful?']))).toBeNull();
  });
  it('reads only a one-bracket list of three or more', () => {
    expect(parseTemplate('Did [a, b] help?')).toBeNull();
    expect(parseTemplate('Did [a, b, c] help [d, e, f]?')).toBeNull();
  });
});
