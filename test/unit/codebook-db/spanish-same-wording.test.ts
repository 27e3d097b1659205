// Questions that take the Spanish of the other question of their survey worded the same in English
// (codebooks/merge/spanish-same-wording.ts), or of an earlier repeat of their loop (COPE's vaccine
// doses). Checked on the real database against the Spanish PDF page the provenance cites, read
// with pdftotext (test/helpers/pdftotext-flow.ts), not the importers.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Filled {
  id: number;
  code: string | null;
  module: number;
  en: string;
  es: string;
  source: string;
  at: string;
}
const filled = db
  .prepare(
    `SELECT i.id, i.code, i.module_id AS module, i.text_en AS en, i.text_es AS es, p.source, p.at FROM provenance p JOIN items i ON i.id = p.item_id
     WHERE p.field = 'text.es' AND p.chosen = 1 AND p.at LIKE '%same English wording as %' ORDER BY i.id`,
  )
  .all() as Filled[];
const LOOP = ', a repeat of its loop';
const twinFills = filled.filter((f) => !f.at.endsWith(LOOP));
const loopFills = filled.filter((f) => f.at.endsWith(LOOP));
const loose = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('Spanish of the same English wording', () => {
  it('fills the two Basics disability questions whose payload Spanish belongs to another question', () => {
    const codes = filled.map((f) => f.code);
    // The Basics prints them once (p. 8 of The_Basics_Spanish.pdf), linked to their LOINC twins.
    expect(codes).toEqual(expect.arrayContaining(['Disability_WalkingClimbing', 'Disability_DressingBathing']));
  });

  it('takes each Spanish from its one twin: same survey, same English, same Spanish', () => {
    expect(twinFills.length).toBeGreaterThan(0);
    for (const f of twinFills) {
      const twinCode = f.at.split('same English wording as ')[1]!;
      const twins = db.prepare(`SELECT code, text_en AS en, text_es AS es FROM items WHERE kind = 'question' AND module_id = ? AND id <> ?`).all(f.module, f.id) as { code: string | null; en: string | null; es: string | null }[];
      const same = twins.filter((t) => t.en && loose(t.en) === loose(f.en));
      expect(same.length, `${f.code}: one twin`).toBe(1);
      if (same[0]!.code) expect(same[0]!.code).toBe(twinCode);
      expect(same[0]!.es, String(f.code)).toBe(f.es);
    }
  });

  it('each Spanish is printed on the Spanish PDF page its provenance cites', async () => {
    for (const f of filled.filter((x) => x.source.startsWith('pdf:'))) {
      const page = Number(/^page (\d+)/.exec(f.at)![1]);
      const path = (await realSource(f.source)).path;
      const text = squash(pdfPages(path)[page - 1]!.map((l) => l.text).join(' '));
      expect(text, `${f.code}: ${f.source} page ${page}`).toContain(squash(f.es).replace(/\d+$/, ''));
    }
  });

  it('fills a wording three or more questions of a survey share only as a loop\'s repeat (several questions, not one)', () => {
    const repeated = db
      .prepare(
        `SELECT i.id FROM items i JOIN items j ON j.module_id = i.module_id AND j.kind = 'question' AND j.id <> i.id AND lower(j.text_en) = lower(i.text_en)
         WHERE i.kind = 'question' GROUP BY i.id HAVING count(*) >= 2`,
      )
      .all() as { id: number }[];
    const ids = new Set(twinFills.map((f) => f.id));
    expect(repeated.length).toBeGreaterThan(0); // COPE's vaccination dates repeat one wording
    expect(repeated.filter((r) => ids.has(r.id))).toEqual([]);
  });

  it("COPE New Year 2022's vaccine-dose loop: each repeat (dose 5 to 17) has the Spanish of dose 4's questions and answers, as printed once", async () => {
    const pdf = 'pdf:COPE_survey_New Year_2022_Spanish.pdf';
    const pages = pdfPages((await realSource(pdf)).path);
    const all = squash(pages.flat().map((l) => l.text).join(' '));
    // The PDF prints the loop once and says it repeats.
    expect(all).toContain('This loop can repeat up to 14 more times');
    const question = db.prepare('SELECT id, text_es FROM items WHERE code = ?');
    const labels = db.prepare(`SELECT a.code, o.label_en AS en, o.label_es AS es FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY a.code`);
    let answers = 0;
    for (const stem of ['cdc_covid_xx_dose', 'cdc_covid_xx_b_dose', 'cdc_covid_xx_type_dose', 'cdc_covid_xx_symptom_dose']) {
      // dose4 (dose 3 is the first additional dose, printed before the loop) gives the loop's Spanish.
      const loop = question.get(`${stem}4`) as { id: number; text_es: string };
      expect(all, stem).toContain(squash(loop.text_es));
      const loopLabels = labels.all(loop.id) as { code: string; en: string; es: string | null }[];
      for (let n = 5; n <= 17; n++) {
        const repeat = question.get(`${stem}${n}`) as { id: number; text_es: string };
        expect(repeat.text_es, `${stem}${n}`).toBe(loop.text_es);
        expect(loopFills.find((f) => f.id === repeat.id)?.at, `${stem}${n}`).toMatch(new RegExp(`same English wording as ${stem}4${LOOP}$`));
        const own = labels.all(repeat.id) as { code: string; en: string; es: string | null }[];
        for (const o of own) {
          const l = loopLabels.find((x) => x.code === o.code && x.en === o.en);
          if (!l?.es) continue;
          expect(o.es, `${stem}${n} ${o.code}`).toBe(l.es);
          expect(all, `${stem}4 ${o.code}`).toContain(squash(l.es));
          answers++;
        }
      }
    }
    expect(answers).toBeGreaterThanOrEqual(13 * 4);
  });
});
