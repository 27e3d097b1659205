// A Data Browser branching prose that quotes other questions than the row's parent_question (the
// section gate) is no rule about that parent: EHHWB's cidi5_11..14 name "Feel worried and anxious?"
// and "Worry about a number of different things…", their parent is worryanxiety. Read from the
// raw survey_metadata.csv by this test's own CSV reader.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

/** RFC 4180 records: each with the line it starts on (the build's "row N"). */
function csvRecords(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
      if (c === '\n') line++;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: start, cells });
      [cells, cell, start] = [[], '', ++line];
    } else cell += c;
  }
  if (cell || cells.length) out.push({ line: start, cells: [...cells, cell] });
  return out;
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('prose naming other questions than the parent', () => {
  it('is stored without the gate parent (survey_metadata.csv)', async () => {
    const src = await realSource('data-browser:survey_metadata.csv');
    const [head, ...rows] = csvRecords(readFileSync(src.path, 'utf8'));
    const col = (name: string) => head!.cells.indexOf(name);
    const [concept, parent, prose, name] = ['concept_id', 'parent_question_concept_id', 'branching_logic', 'concept_name'].map(col);
    const nameOf = new Map(rows.map((r) => [r.cells[concept!]!, r.cells[name!]!]));
    const cases = rows.filter((r) => {
      const p = r.cells[parent!]!;
      const named = [...r.cells[prose!]!.matchAll(/\bto '(.+?\?)'/g)].map((m) => fold(m[1]!));
      return p && p !== r.cells[concept!] && named.length > 0 && !named.some((q) => fold(nameOf.get(p) ?? '').includes(q));
    });
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const r of cases) {
      const stored = db
        .prepare(`SELECT b.parent_id, b.prose FROM branching b JOIN items c ON c.id = b.child_id WHERE b.source = ? AND b.at = ? AND b.prose IS NOT NULL AND c.concept_id = ?`)
        .all('data-browser:survey_metadata.csv', `row ${r.line}`, Number(r.cells[concept!])) as { parent_id: number | null; prose: string }[];
      expect(stored.map((s) => s.prose)).toEqual([r.cells[prose!]]);
      expect(stored[0]!.parent_id, `row ${r.line}`).toBeNull();
      // The gate itself stays, as the file gives it: parent and answer concept ids.
      const gate = db
        .prepare(
          `SELECT a.concept_id AS answer FROM branching b JOIN items c ON c.id = b.child_id JOIN items p ON p.id = b.parent_id, json_each(b.answer_ids) j JOIN items a ON a.id = j.value
            WHERE b.source = ? AND b.at = ? AND b.prose IS NULL AND c.concept_id = ? AND p.concept_id = ?`,
        )
        .all('data-browser:survey_metadata.csv', `row ${r.line}`, Number(r.cells[concept!]), Number(r.cells[parent!])) as { answer: number }[];
      expect(gate.map((g) => g.answer)).toEqual([Number(r.cells[col('parent_answer_concept_id')]!)]);
    }
  });

});
