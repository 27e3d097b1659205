// Generic PMI answers' concept IDs (pfhh_qa_metadata.csv), "N = label" standard values
// (workbench ppi_criteria.csv) and printed follow-up answer IDs reach the real database. Each
// expected value is read here from its raw file, at the row or page cited, by this test's own
// small reader (a CSV line split), not by the importers; the PDF values were read with
// `pdftotext -layout` at the page cited.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

/** Line `n` (1-based, header = 1) of a raw CSV file, split on commas outside quotes. */
async function csvLine(id: string, n: number): Promise<string[]> {
  const file = await realSource(id);
  const line = readFileSync(file.path, 'utf8').split('\n')[n - 1]!;
  return line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
}

const optionsOfCode = (code: string) =>
  db
    .prepare(`SELECT q.code AS question, a.concept_id AS id, o.standard_concept_id AS std FROM options o
       JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE a.code_lower = lower(?)`)
    .all(code) as { question: string | null; id: number | null; std: number | null }[];

describe('generic PMI answers take the ID pfhh_qa_metadata.csv names them with', () => {
  const PFHH = 'data-browser:pfhh_qa_metadata.csv';
  it.each([
    [143, 'PMI_DontKnow'],
    [259, 'PMI_PreferNotToAnswer'],
    [190, 'PMI_None'],
  ])('row %i names %s', async (row, code) => {
    const cells = await csvLine(PFHH, row);
    const id = Number(cells[2]);
    expect(cells[3]).toMatch(/^PMI: /);
    expect(cells[3]!.slice(5).replace(/\s+/g, '').toLowerCase()).toBe(code.slice(4).toLowerCase());
    const d = showItem(db, code)!;
    expect(d.conceptId).toBe(id);
    expect(d.provenance.some((p) => p.field === 'conceptId' && p.source === PFHH && p.at?.startsWith(`row ${row}`))).toBe(true);
    // Every option with the code, in every module that asks it, carries the ID.
    const opts = optionsOfCode(code);
    expect(opts.length).toBeGreaterThan(5);
    expect(opts.every((o) => o.id === id)).toBe(true);
  });
});

describe('rating scales: the workbench\'s "N = label" standard values join their option', () => {
  const WB = 'workbench@4f3241f:ppi_criteria.csv';
  // [line of ppi_criteria.csv, answer code of the option under that row's question]
  it.each([
    [297, 'AverageFatigue7Days_Mild'],
    [248, 'GeneralHealth_Excellent'],
    [308, 'EmotionalProblem7Days_Never'],
    [280, 'EverydayActivities_Moderately'],
  ])('line %i', async (line, code) => {
    const cells = await csvLine(WB, line);
    const std = Number(cells[4]);
    const question = Number(cells[10]);
    expect(cells[5]).toMatch(/^\s*\d = /);
    const q = db.prepare('SELECT code FROM items WHERE concept_id = ? AND kind = ?').get(question, 'question') as { code: string };
    const opt = optionsOfCode(code).find((o) => o.question === q.code);
    expect(opt?.std).toBe(std);
  });
});

describe('printed answer IDs the PDFs lay out in other ways', () => {
  it('1586134.pdf page 2: follow-up "PPI 1586151 Branching Logic if “Asian”" lists "PPI1585606 Chinese"', () => {
    expect(showItem(db, 'AsianSpecific_Chinese')?.conceptId).toBe(1585606);
    expect(showItem(db, '1585606')?.code).toBe('AsianSpecific_Chinese');
  });
  it('1586134.pdf page 4: "PPI1585350 Transman/Transgender" / "PPI1585350 Man/FTM" (one label on two lines)', () => {
    const d = showItem(db, '1585350')!;
    expect(d.code?.toLowerCase()).toBe('closergenderdescription_transman');
  });
  it('1585855.pdf page 5: "PPI1585663. Never" under "PPI1585662." is the coded PrescriptionStimulant3MonthUse_Never', () => {
    const d = showItem(db, '1585663')!;
    expect([d.kind, d.code]).toEqual(['answer', 'PrescriptionStimulant3MonthUse_Never']);
    expect(d.usedBy.map((q) => q.conceptId)).toContain(1585662);
    expect(d.provenance.some((p) => p.field === 'conceptId' && p.source === 'pdf:1585855.pdf' && /page 5/.test(p.at ?? ''))).toBe(true);
  });
});
