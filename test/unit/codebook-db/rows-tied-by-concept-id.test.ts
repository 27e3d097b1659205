// A Data Browser survey_metadata row belongs to the item of its concept ID, even where its
// concept_code is another concept's (the 2022/2025 snapshots give the COPE "second dose" question
// the "additional dose" question's code, and its follow-up branching and wording had landed on
// that item). Expected values are read from the raw CSVs (test/facts/raw.ts, not the importers);
// provenance cites the spreadsheet row (header = row 1).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { csvRows, derivedCsvRows, rawPath } from '../../facts/raw';
import { METADATA } from '../../facts/readers/data-browser';

const db = openRealDb();
afterAll(() => db.close());

const itemIds = new Set((db.prepare('SELECT concept_id FROM items WHERE concept_id IS NOT NULL').pluck().all() as number[]).map(Number));
const conceptOf = new Map((db.prepare('SELECT id, concept_id FROM items').all() as { id: number; concept_id: number | null }[]).map((r) => [r.id, r.concept_id]));

/**
 * Each raw row keyed by the row provenance cites ("row 12" or "row 12 (line 14)"): the spreadsheet
 * row, where the header is row 1 and blank lines count (ehwb_survey_metadata.csv has some).
 */
async function rowsOf(source: string): Promise<Map<number, Record<string, string>>> {
  const parsed = parse(readFileSync(await rawPath(source), 'utf8'), { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as {
    record: Record<string, string>; info: { records: number; empty_lines: number };
  }[];
  return new Map(parsed.map(({ record, info }) => [info.records + 1 + info.empty_lines, record]));
}
const rowNumber = (at: string) => Number(/^row (\d+)/.exec(at)![1]);

describe('Data Browser survey_metadata rows sit on the item of their concept ID', () => {
  it.each(METADATA)('%s: branching rules (child, parent, answer)', async (source) => {
    const rows = await rowsOf(source);
    const rules = db.prepare('SELECT child_id, parent_id, answer_ids, prose, at FROM branching WHERE source = ?').all(source) as {
      child_id: number; parent_id: number | null; answer_ids: string; prose: string | null; at: string;
    }[];
    expect(rules.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const r of rules) {
      const v = rows.get(rowNumber(r.at))!;
      const id = Number(v.concept_id);
      if (!itemIds.has(id)) continue;
      const got = { child: conceptOf.get(r.child_id), parent: r.parent_id === null ? null : conceptOf.get(r.parent_id), answers: (JSON.parse(r.answer_ids) as number[]).map((a) => conceptOf.get(a)) };
      const want = r.prose !== null ? { ...got, child: id } : { child: id, parent: Number(v.parent_question_concept_id), answers: [Number(v.parent_answer_concept_id)] };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${r.at}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(METADATA)('%s: English wording facts', async (source) => {
    const rows = await rowsOf(source);
    // Questions and topics: a row's answer labels are their own items' wordings.
    const facts = db.prepare(`SELECT p.item_id, p.value, p.at FROM provenance p JOIN items i ON i.id = p.item_id
      WHERE p.source = ? AND p.field = 'text.en' AND p.context_id IS NULL AND i.kind != 'answer'`).all(source) as { item_id: number; value: string; at: string }[];
    expect(facts.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of facts) {
      const v = rows.get(rowNumber(f.at))!;
      const id = Number(v.concept_id);
      if (!itemIds.has(id)) continue;
      if (conceptOf.get(f.item_id) !== id || f.value !== v.concept_name!.trim()) wrong.push(`${f.at}: concept ${conceptOf.get(f.item_id)} "${f.value}" ≠ ${id} "${v.concept_name}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('records a conflict where a row gives the code that the allofus codebook gives another concept ID', async () => {
    const codebook = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
    const idOfCode = new Map(codebook.map(({ v }) => [v.concept_code!.toLowerCase(), Number(v.concept_id)]));
    const codeOfId = new Map(codebook.map(({ v }) => [Number(v.concept_id), v.concept_code!]));
    let seen = 0;
    for (const source of METADATA) {
      const mislabelled = new Set<string>();
      for (const { v } of await csvRows(source)) {
        const [id, code] = [Number(v.concept_id), v.concept_code!];
        const other = idOfCode.get(code.toLowerCase());
        if (other === undefined || other === id || !codeOfId.has(id) || codeOfId.get(id)!.toLowerCase() === code.toLowerCase()) continue;
        mislabelled.add(`${codeOfId.get(id)}|${code}`);
      }
      for (const pair of mislabelled) {
        const [owner, code] = pair.split('|') as [string, string];
        const found = db.prepare(`SELECT count(*) FROM conflicts WHERE field = 'codeOfConceptId' AND subject = ? AND other = ? AND other_source LIKE ?`).pluck().get(owner, code, `${source} (%`);
        expect(found, `${source}: ${code} on ${owner}'s concept ID`).toBe(1);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
