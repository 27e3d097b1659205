// Spanish answer labels where the Spanish PDF lists a question's answers in another order than
// the English PDF. The orders are read here with pdftotext (test/helpers/pdftotext-flow.ts), not
// the importers: for each option of the question, the line of the English page starting with its
// English label and the line of the Spanish page starting with its Spanish label. The expected
// pairing of the two orders is a reviewer's reading of both pages, cited below.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Case {
  code: string;
  en: { source: string; pages: number[] };
  es: { source: string; pages: number[] };
  /**
   * Answer k in the English order is answer order[k] in the Spanish order, over the answers whose
   * Spanish label the Spanish pages print (others may have another edition's wording).
   */
  order: number[];
}

const CASES: Case[] = [
  // COPE Feb 2021, remote schooling: English p.13 "No, at care…", "Yes, but not at home", "Yes, at
  // home full time", "Yes, at home part…"; Spanish p.12 lists the three "Sí" answers first, then "No".
  { code: 'rand_alp_csq_xx_1', en: { source: 'pdf:COPE_survey_Feb_2021_English.pdf', pages: [13] }, es: { source: 'pdf:COPE_survey_Feb_2021_Spanish.pdf', pages: [12] }, order: [3, 2, 0, 1] },
  // COPE Feb 2021, vaccine: English p.11 No / Not sure… / Yes; Spanish pp.10-11 Sí / No / No estoy seguro….
  { code: 'cdc_covid_xx', en: { source: 'pdf:COPE_survey_Feb_2021_English.pdf', pages: [11] }, es: { source: 'pdf:COPE_survey_Feb_2021_Spanish.pdf', pages: [10, 11] }, order: [1, 2, 0] },
  // The Basics, insurance types: English pp.7-8 prints "purchased directly" before "employer or union";
  // Spanish p.7 the other way round; the rest in the same order (the VA and Indian Health Service
// labels come from the questionnaire payload, worded otherwise than this page).
  // COPE Dec 2020: English p.12 prints "No" then "Yes", Spanish p.11 "Sí" then "No" (the children
  // question); the same for the symptoms question, English p.7, Spanish pp.6-7.
  { code: 'rand_alp_csq_1', en: { source: 'pdf:COPE_survey_Dec_2020_English.pdf', pages: [12, 13] }, es: { source: 'pdf:COPE_survey_Dec_2020_Spanish.pdf', pages: [11, 12] }, order: [1, 0] },
  { code: 'cdc_covid_19_7_xx23_other', en: { source: 'pdf:COPE_survey_Dec_2020_English.pdf', pages: [7, 8] }, es: { source: 'pdf:COPE_survey_Dec_2020_Spanish.pdf', pages: [6, 7] }, order: [1, 0] },
  { code: 'HealthInsurance_InsuranceTypeUpdate', en: { source: 'pdf:The_Basics.pdf', pages: [7, 8] }, es: { source: 'pdf:The_Basics_Spanish.pdf', pages: [7] }, order: [1, 0, 2, 3, 4, 5, 6] },
];

const realPath = new Map<string, string>();
const BULLET = /^[○●❏▪■•◦-]\s*/;
const fold = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Lines of a page's answers (bulleted) that start with the label. */
function linesOf(lines: string[], label: string): number[] {
  const want = fold(label);
  const short = want.slice(0, 30);
  return lines.flatMap((l, i) => ((want.length <= 30 ? l === want || l === `${want}.` : l.startsWith(short)) ? [i] : []));
}

/**
 * Each label's line, the one nearest the longest label's (pages after the question hold other
 * questions, and "Yes" or "No" answers several of them); -1 where the page does not print it.
 */
function placesOf(lines: string[], labels: string[]): number[] {
  const longest = [...labels].sort((a, b) => b.length - a.length)[0]!;
  const anchor = linesOf(lines, longest)[0] ?? 0;
  return labels.map((l) => linesOf(lines, l).sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor))[0] ?? -1);
}

describe('Spanish answer labels follow the answers, not their printed place', () => {
  for (const c of CASES) {
    it(`${c.code}: each answer has the Spanish printed for it`, async () => {
      const question = db.prepare(`SELECT text_en AS en, text_es AS es FROM items WHERE code = ? AND kind = 'question'`).get(c.code) as { en: string; es: string };
      // The answers printed after the question's own first line (a page holds several questions).
      const bullets = async (p: { source: string; pages: number[] }, text: string) => {
        const lines = p.pages.flatMap((n) => pdfPages(realPath.get(p.source)!)[n - 1]!).map((l) => l.text);
        const start = lines.findIndex((l) => fold(l).startsWith(fold(text).slice(0, 25)));
        expect(start, `${p.source} pages ${p.pages} print "${text}"`).toBeGreaterThanOrEqual(0);
        return lines.slice(start + 1).filter((l) => BULLET.test(l)).map((l) => fold(l.replace(BULLET, '')));
      };
      for (const src of [c.en.source, c.es.source]) realPath.set(src, (await realSource(src)).path);
      const [en, es] = [await bullets(c.en, question.en), await bullets(c.es, question.es)];
      const options = db
        .prepare(`SELECT o.label_en AS en, o.label_es AS es FROM options o JOIN items q ON q.id = o.question_id WHERE q.code = ? AND o.label_en IS NOT NULL`)
        .all(c.code) as { en: string; es: string | null }[];
      const enAt = placesOf(en, options.map((o) => o.en));
      const printed = options.map((o, i) => ({ ...o, enAt: enAt[i]! })).filter((o) => o.enAt >= 0).sort((a, b) => a.enAt - b.enAt);
      expect(printed.length, 'every option found on the English page').toBe(options.length);
      const esAt = printed.some((o) => o.es === null) ? [] : placesOf(es, printed.map((o) => o.es!));
      expect(esAt.length, 'every option has Spanish').toBe(printed.length);
      const onPage = esAt.filter((i) => i >= 0);
      expect(onPage.length, `Spanish labels printed on the Spanish pages: ${JSON.stringify(esAt)}`).toBe(c.order.length);
      const rank = [...onPage].sort((a, b) => a - b);
      expect(onPage.map((i) => rank.indexOf(i))).toEqual(c.order);
    });
  }
});
