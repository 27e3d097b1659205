// A release's answer lists from the allofus codebook are the ones of the codebook row the release
// takes the question from: a dated COPE form's own row ("COPE (Nov)"), else the row the release
// item cites, with that row's order and labels (not every row's options, not the merged order).
import { afterAll, describe, expect, it } from 'vitest';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const SOURCE = 'allofus:aou_codebook.rda';
const db = openRealDb();
afterAll(() => db.close());

interface Listed { position: number; code: string; label: string }

/** REDCap choices "Code, Label | ..." with each one's 1-based place, the question's own code left out. */
function choices(raw: string, question: string): Listed[] {
  return raw
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => ({ position: i + 1, code: p.slice(0, p.indexOf(',')).trim().toLowerCase(), label: p.slice(p.indexOf(',') + 1).trim() }))
    .filter((c) => c.code !== question.toLowerCase());
}

describe('release answer lists from the allofus codebook', async () => {
  const rows = await derivedCsvRows(SOURCE, 'aou_codebook.csv');
  const questions = db
    .prepare(`SELECT DISTINCT o.release_id AS rel, o.question_id AS q, i.code_lower AS code, ri.at,
        (SELECT s.at FROM release_sources s WHERE s.release_id = o.release_id AND s.source = o.source AND s.role = 'codebook-form') AS form
      FROM release_options o JOIN items i ON i.id = o.question_id
      JOIN release_items ri ON ri.release_id = o.release_id AND ri.item_id = o.question_id AND ri.source = o.source
      WHERE o.source = ?`)
    .all(SOURCE) as { rel: string; q: number; code: string; at: string; form: string | null }[];
  const listed = db.prepare(`SELECT o.position, a.code_lower AS code, o.label_en AS label FROM release_options o JOIN items a ON a.id = o.answer_id
    WHERE o.release_id = ? AND o.question_id = ? AND o.source = ? ORDER BY o.position`);

  /** The raw row: the form's row of the question for a form release, else the row the item cites. */
  function rawRow(x: (typeof questions)[number]) {
    if (x.form) return rows.find((r) => r.v.form_name === x.form && r.v.concept_code!.toLowerCase() === x.code && r.v.choices);
    return rows.find((r) => `row ${r.row}` === x.at);
  }

  it('covers the dated COPE forms and the snapshot releases', () => {
    const forms = new Set(questions.filter((x) => x.form).map((x) => x.form));
    const formsInFile = new Set(rows.map((r) => r.v.form_name).filter((f) => f && /^COPE \(/.test(f)));
    expect([...forms].sort()).toEqual([...formsInFile].sort());
    expect(questions.filter((x) => !x.form).length).toBeGreaterThan(200);
  });

  it("lists each question's answers of its own row, in that row's order, with its labels", () => {
    const wrong: string[] = [];
    for (const x of questions) {
      const raw = rawRow(x);
      const expected = raw ? choices(raw.v.choices!, raw.v.concept_code!) : [];
      const got = listed.all(x.rel, x.q, SOURCE) as Listed[];
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${x.rel} ${x.code} (${x.form ?? x.at})`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("a release's answers and wording", () => {
  it('are only of questions the release holds', () => {
    const orphans = db
      .prepare(`SELECT release_id, question_id AS item FROM release_options UNION SELECT release_id, item_id FROM release_texts
        EXCEPT SELECT release_id, item_id FROM release_items`)
      .all();
    expect(orphans).toEqual([]);
  });
});
