// Answer concept IDs printed in the 2017/2018 instruments reach the real database. Exact values
// were read in the PDFs with `pdftotext -layout` (file and page beside each); the last test
// re-reads the PDFs with its own small reader (pdf.js text items, not the importer) and checks
// every printed answer ID the database holds.
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^\d+\s*=\s*/, '').replace(/[^a-z0-9]+/g, '');

/** Equal, or one letter substituted. */
function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/** Rows (question ID, answer ID, label) of every option whose answer has this concept ID. */
function optionsOfAnswerId(answerId: number) {
  return db
    .prepare(
      `SELECT q.concept_id AS question, q.text_en AS questionText, a.concept_id AS answer, a.code AS code, COALESCE(o.label_en, a.text_en) AS label
       FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE a.concept_id = ?`,
    )
    .all(answerId) as { question: number | null; questionText: string | null; answer: number; code: string | null; label: string | null }[];
}

describe('answer concept IDs printed in the instruments', () => {
  it('Lifestyle 1585855.pdf page 1: "PPI1585860." question, "PPI1585861. Every day" is SmokeFrequency_EveryDay', () => {
    const d = showItem(db, 'SmokeFrequency_EveryDay')!;
    expect(d.conceptId).toBe(1585861);
    expect(showItem(db, '1585861')?.code).toBe('SmokeFrequency_EveryDay');
    const q = showItem(db, 'Smoking_SmokeFrequency')!;
    // Same page: "PPI1585862. Some days", "PPI1585863. Not at all".
    expect(q.answers.map((a) => [a.code, a.conceptId]).filter(([c]) => /^SmokeFrequency_/.test(String(c)))).toEqual([
      ['SmokeFrequency_EveryDay', 1585861],
      ['SmokeFrequency_SomeDays', 1585862],
      ['SmokeFrequency_NotAtAll', 1585863],
    ]);
  });

  it('Lifestyle 1585855.pdf page 2: e-cigarettes "PPI1586169." with "PPI1586170. Every day"', () => {
    expect(optionsOfAnswerId(1586170)).toEqual([expect.objectContaining({ question: 1586169 })]);
  });

  it('Overall Health 1585710.pdf pages 1 and 3: health literacy and a "N = label" rating scale', () => {
    // Page 1: "PPI1585766. How confident are you filling out medical forms by yourself?" "PPI1585767. Extremely".
    expect(optionsOfAnswerId(1585767)).toEqual([expect.objectContaining({ question: 1585766, label: expect.stringMatching(/^extremely$/i) })]);
    // Page 3: "PPI1585748. In the past 7 days, how would you rate your fatigue?" "PPI1585750. 4 = Mild".
    expect(optionsOfAnswerId(1585750)).toEqual([expect.objectContaining({ question: 1585748, label: expect.stringMatching(/mild/i) })]);
  });

  it('The Basics 1586134.pdf page 1: "PPI1586135." country of birth, "PPI1586136 USA" (printed without a full stop)', () => {
    expect(optionsOfAnswerId(1586136)).toEqual([expect.objectContaining({ question: 1586135, label: expect.stringMatching(/usa/i) })]);
  });

  it('an independent re-read of the three PDFs finds no answer ID the database ties to another question or wording', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    let checked = 0;
    for (const id of ['pdf:1585855.pdf', 'pdf:1585710.pdf', 'pdf:1586134.pdf']) {
      const src = await realSource(id);
      const { readFileSync } = await import('node:fs');
      const doc = await getDocument({ data: new Uint8Array(readFileSync(src.path)), useSystemFonts: false, isEvalSupported: false }).promise;
      let question: number | null = null;
      let questionStart = '';
      // A label printed over two lines repeats its ID on each ("PPI1585350 Transman/Transgender",
      // "PPI1585350 Man/FTM", 1586134.pdf page 4): consecutive lines with one ID are one label.
      let pending: { printedId: number; text: string; question: number; questionStart: string; where: string } | null = null;
      const flush = () => {
        if (!pending) return;
        const { printedId, text, where, question: qId, questionStart: qStart } = pending;
        const rows = optionsOfAnswerId(printedId);
        pending = null;
        if (rows.length === 0) return;
        checked++;
        // A code-only duplicate of the question (REDCap sample, no concept ID) is the same question by wording.
        const same = rows.filter((r) => r.question === qId || (r.question == null && loose(r.questionText ?? '').startsWith(qStart)));
        expect(same.length, where).toBeGreaterThan(0);
        // One letter off is the PDF's typo ("Do not use labels to identity yourself", 1586134.pdf page 5).
        for (const r of rows) expect(oneLetterOff(loose(r.label ?? ''), loose(text)), `${where} / ${r.label}`).toBe(true);
      };
      for (let p = 1; p <= doc.numPages; p++) {
        const items = (await (await doc.getPage(p)).getTextContent()).items as { str: string; transform: number[] }[];
        const rows = new Map<number, { x: number; s: string }[]>();
        for (const it of items) {
          const y = Math.round(it.transform[5]!);
          rows.set(y, [...(rows.get(y) ?? []), { x: it.transform[4]!, s: it.str }]);
        }
        for (const [, parts] of [...rows].sort((a, b) => b[0] - a[0])) {
          const raw = parts.sort((a, b) => a.x - b.x).map((t) => t.s).join('').trim();
          const bulleted = /^(o|•)\s+/.test(raw);
          const line = raw.replace(/^(o|•)\s+/, '');
          const m = /^PPI\s?(\d{7,8})\.?\s*(\D.*)$/.exec(line);
          if (!(m && pending && Number(m[1]) === pending.printedId)) flush();
          // Answers under a branching line belong to a follow-up question the PDF does not number.
          if (/Branching Logic/i.test(line)) question = null;
          if (!m) continue;
          const [printedId, text] = [Number(m[1]), m[2]!.trim()];
          if (/\?/.test(text) || (text.length > 60 && !bulleted)) [question, questionStart] = [printedId, loose(text).slice(0, 30)];
          else if (pending && pending.printedId === printedId) pending.text += ` ${text}`;
          else if (question != null && text.length < 40 && !/Branching|Topic|free text|\(/i.test(text)) {
            pending = { printedId, text, question, questionStart, where: `${id} page ${p}: ${line}` };
          }
        }
      }
      flush();
      await doc.destroy();
    }
    // 79 printed answer IDs are re-read and found in the database when this was written.
    expect(checked).toBeGreaterThanOrEqual(75);
  });
});
