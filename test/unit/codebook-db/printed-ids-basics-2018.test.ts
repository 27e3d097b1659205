// The Basics 2018 (1586134.pdf) prints question and answer IDs without the full stop
// ("PPI1585879 How many years have you lived at your current address?", "PPI1585882 3-5 years",
// page 9). This test re-reads the PDF with poppler's pdftotext (test/helpers/pdftotext-flow.ts,
// not the importer) and checks the real database against it: exact values on several pages, then
// every printed answer ID the database holds sits under the printed question and wording.
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

function oneLetterOff(a: string, b: string): boolean {
  return a.length === b.length && [...a].filter((c, i) => c !== b[i]).length <= 1;
}

/** (question ID, answer code, answer label) of every option whose answer has this ID. */
function optionsOf(answerId: number) {
  return db
    .prepare(
      `SELECT q.concept_id AS question, a.code AS code, COALESCE(o.label_en, a.text_en) AS label
       FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE a.concept_id = ?`,
    )
    .all(answerId) as { question: number | null; code: string | null; label: string | null }[];
}

/** Printed rows "PPI<id> <text>" of the PDF, with page and indent, as pdftotext lays them out. */
async function printedRows() {
  const src = await realSource('pdf:1586134.pdf');
  const rows: { page: number; indent: number; id: number; text: string }[] = [];
  pdfPages(src.path, 'layout').forEach((lines, i) => {
    for (const l of lines) {
      // Answers start with a bullet: "o" or Word's Symbol bullet (U+F0B7).
      const m = /^(?:o\s+|[\uf0a7\uf0b7]\s*)?PPI\s?(\d{7,8})\.?\s*(\D.*)$/.exec(l.text);
      // ("PPI1585349Transwoman/Transgender", page 4, has no space.) pdftotext prints the soft hyphens of "3-­­5 years" as U+00AD.
      if (!m) continue;
      const text = m[2]!.replace(/\u00ad/g, '').trim();
      const prev = rows.at(-1);
      // A label printed over two lines repeats its ID ("PPI1585350 Transman/Transgender", "PPI1585350 Man/FTM", page 4).
      if (prev && prev.id === Number(m[1]) && prev.page === i + 1 && !/\?\s*\d{0,2}$/.test(prev.text)) prev.text += ` ${text}`;
      else rows.push({ page: i + 1, indent: l.indent, id: Number(m[1]), text });
    }
  });
  return rows;
}

describe('The Basics 2018 (1586134.pdf): IDs printed without the full stop', () => {
  it('page 9: "PPI1585879 How many years have you lived at your current address?" and its six answers', async () => {
    const rows = await printedRows();
    const q = rows.find((r) => r.id === 1585879)!;
    expect([q.page, q.text]).toEqual([9, 'How many years have you lived at your current address?8']);
    const printed = rows.filter((r) => r.page === 9 && r.id > 1585879 && r.id <= 1585885).map((r) => [r.id, r.text]);
    expect(printed).toEqual([
      [1585880, 'Less than 1 year'],
      [1585881, '1-2 years'],
      [1585882, '3-5 years'],
      [1585883, '6-10 years'],
      [1585884, '11-20 years'],
      [1585885, 'More than 20 years'],
    ]);
    const codes = ['HowManyLivingYears_less1', 'HowManyLivingYears_1to2', 'HowManyLivingYears_3to5', 'HowManyLivingYears_6to10', 'HowManyLivingYears_11to20', 'HowManyLivingYears_more20'];
    printed.forEach(([id, label], i) => expect(optionsOf(id as number)).toEqual([{ question: 1585879, code: codes[i], label }]));
  });

  it('pages 6 and 8: marital status, active duty (under its "Note:"), household income', () => {
    expect(optionsOf(1585893)).toEqual([{ question: 1585892, code: 'CurrentMaritalStatus_Married', label: 'Married' }]);
    expect(optionsOf(1585898)).toEqual([{ question: 1585892, code: 'CurrentMaritalStatus_LivingWithPartner', label: 'Living with partner' }]);
    expect(optionsOf(1585853)).toEqual([{ question: 1585852, code: 'AvtiveDutyServeStatus_Yes', label: 'Yes' }]);
    expect(optionsOf(1585376)).toEqual([{ question: 1585375, code: 'AnnualIncome_less10k', label: 'Less than $10,000' }]);
  });

  it('page 7: the insurance types under "PPI43528428" (a question printed under "Branching logic, if yes:")', () => {
    expect(optionsOf(43529111)).toEqual([expect.objectContaining({ question: 43528428, code: 'InsuranceTypeUpdate_Indian' })]);
    expect(optionsOf(43529095)).toEqual([expect.objectContaining({ question: 43528428, code: 'InsuranceTypeUpdate_None' })]);
  });

  it('page 6: "PPI1585889" printed on two questions of different wording links neither by ID', () => {
    // The second ("... How many are under the age of 18 years?", footnote 1) is not LivingSituation_HowManyPeople.
    const linked = db
      .prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.source = 'pdf:1586134.pdf' AND p.item_id = (SELECT id FROM items WHERE code = 'LivingSituation_HowManyPeople')`)
      .all() as { text: string }[];
    expect(linked.map((r) => r.text)).not.toContainEqual(expect.stringMatching(/under the age of 18/));
  });

  it('every printed answer ID the database holds is under the printed question, with the printed wording', async () => {
    let question: { id: number; indent: number } | null = null;
    let checked = 0;
    const rows = await printedRows();
    for (const [i, r] of rows.entries()) {
      if (/Topic:/.test(r.text)) continue;
      // "PPI1586155 Branching Logic if “White”, display the following:" opens a follow-up question.
      if (/^Branching Logic/i.test(r.text)) {
        question = { id: r.id, indent: r.indent };
        continue;
      }
      // A question ends with "?" (and a footnote number), or its answers are printed deeper on the next row.
      const next = rows[i + 1];
      if (/\?\s*\d{0,2}$/.test(r.text) || (next && next.page === r.page && next.indent > r.indent + 2 && !/\?/.test(next.text) && r.text.length > 40)) {
        question = { id: r.id, indent: r.indent };
        continue;
      }
      if (!question || r.indent <= question.indent || /Branching|\(/.test(r.text) || r.text.length > 40) continue;
      const found = optionsOf(r.id);
      if (found.length === 0) continue;
      checked++;
      expect(found.some((f) => f.question === question!.id), `page ${r.page}: PPI${r.id} ${r.text}`).toBe(true);
      // One letter off is the PDF's typo ("Do not use labels to identity yourself", page 5).
      for (const f of found) expect(oneLetterOff(loose(f.label ?? ''), loose(r.text)), `page ${r.page}: PPI${r.id} ${r.text} / ${f.label}`).toBe(true);
    }
    // 74 when written (the database held 31 of these IDs before the 2018 form was read).
    expect(checked).toBeGreaterThanOrEqual(70);
  });
});
