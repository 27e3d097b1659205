// Lists printed under an answer that belong to another question (The Basics' race subcategories,
// 2018 and current; the travel follow-ups of Overall Health ES p.5; COPE's respiratory treatments;
// an insurance "Please specify"), and the 2018 tribe prompt printed inside its branching statement.
// Checked on the real database against another source (the items' options) and pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';
import { squash } from '../../helpers/answer-page';

const db = openRealDb();
afterAll(() => db.close());

const printsOf = db.prepare(`SELECT d.file, d.language, p.page, p.text, p.answers FROM printed_questions p JOIN documents d ON d.id = p.document_id
  JOIN items i ON i.id = p.item_id WHERE i.code = ? ORDER BY d.file, p.sequence`);
const labelsOf = db.prepare(`SELECT o.label_en AS en, o.label_es AS es FROM options o JOIN items i ON i.id = o.question_id WHERE i.code = ? ORDER BY o.position`);

interface Print {
  file: string;
  language: 'en' | 'es';
  page: number;
  text: string;
  answers: string;
}

describe('a list printed under an answer, for another question', () => {
  it.each(['Race_WhatRaceEthnicity', 'HealthInsurance_InsuranceTypeUpdate', 'copect_63_xx20', 'OverallHealth_OutsideTravel6Month'])(
    "is not among %s's printed answers: each is one of its options (the payloads' labels)",
    (code) => {
      const prints = printsOf.all(code) as Print[];
      const labels = labelsOf.all(code) as { en: string | null; es: string | null }[];
      expect(prints.length).toBeGreaterThanOrEqual(3);
      expect(labels.length).toBeGreaterThanOrEqual(3);
      const stray: string[] = [];
      for (const p of prints) {
        const own = labels.map((l) => squash(l[p.language] ?? '').slice(0, 15)).filter(Boolean);
        for (const a of JSON.parse(p.answers) as string[]) if (!own.includes(squash(a).slice(0, 15))) stray.push(`${p.file} p.${p.page}: ${a}`);
      }
      expect(stray).toEqual([]);
    },
  );

  it('leaves the race question its nine categories, in print order, in every edition', () => {
    const prints = printsOf.all('Race_WhatRaceEthnicity') as Print[];
    expect(prints.map((p) => p.file)).toEqual(['1586134.pdf', 'The_Basics.pdf', 'The_Basics_Spanish.pdf']);
    for (const p of prints) {
      const answers = JSON.parse(p.answers) as string[];
      expect(answers).toHaveLength(9);
      expect(squash(answers[1]!)).toMatch(p.language === 'en' ? /^asian/ : /^asiatico/);
    }
  });
});

describe('the 2018 tribe prompt, printed inside its branching statement (1586134.pdf)', () => {
  it("is AIAN_Tribe's print on page 1, worded as pdftotext reads it, with its free-text answer", async () => {
    const { path } = await realSource('pdf:1586134.pdf');
    const pages = pdfPages(path, 'layout');
    const text = squash(pages.slice(0, 2).flat().map((l) => l.text).join(' '));
    const from = text.indexOf('providethenameofthetribe');
    const end = 'eskimocommunityetc';
    const printed = text.slice(from, text.indexOf(end, from) + end.length);
    expect(from).toBeGreaterThan(0);
    const prints = (printsOf.all('AIAN_Tribe') as Print[]).filter((p) => p.file === '1586134.pdf');
    expect(prints.length).toBeGreaterThanOrEqual(1);
    for (const p of prints) {
      expect(p.page).toBe(1);
      expect(squash(p.text)).toBe(printed);
      expect(JSON.parse(p.answers)).toEqual(['Free text']);
    }
    const release = db.prepare(`SELECT t.text FROM release_texts t JOIN items i ON i.id = t.item_id WHERE t.release_id = 'basics-2018' AND i.code = 'AIAN_Tribe' AND t.lang = 'en'`).pluck().all();
    expect(release.map((t) => squash(t as string))).toEqual([printed]);
  });

  it('leaves no print made of the statement\'s last line ("Eskimo Community, etc.)")', () => {
    const fragments = db.prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.file = '1586134.pdf' AND p.text LIKE 'Eskimo Community%'`).all();
    expect(fragments).toEqual([]);
  });
});
