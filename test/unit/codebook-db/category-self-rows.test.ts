// The allofus grid's "self" rows under a category question ("… any of the following hormone/endocrine
// conditions"): the row's `_yes` code is a question of PFHH, its answer ID the condition's answer of
// the category question. The database lists that answer once, by its ID, never the `_yes` code, and
// records the grid's code as a conflict. Expected values from aou_health_history.csv itself.
import { afterAll, describe, expect, it } from 'vitest';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

interface SelfRow { question: number; code: string; answerId: number; row: number }

/** Self rows under questions whose rows are several conditions (not one condition's relatives). */
async function categorySelfRows(): Promise<SelfRow[]> {
  const rows = await derivedCsvRows('allofus:aou_health_history.rda', 'aou_health_history.csv');
  const conditions = new Map<string, Set<string>>();
  for (const r of rows) conditions.set(r.v.concept_id_question!, (conditions.get(r.v.concept_id_question!) ?? new Set()).add(r.v.condition!));
  return rows
    .filter((r) => r.v.relative === 'self' && conditions.get(r.v.concept_id_question!)!.size > 1)
    .map((r) => ({ question: Number(r.v.concept_id_question), code: r.v.concept_code!, answerId: Number(r.v.concept_id_specific), row: r.row }));
}

describe('"self" rows of category questions', async () => {
  const selfRows = await categorySelfRows();
  const optionCodes = db.prepare(`SELECT lower(a.code) FROM options o JOIN items q ON q.id = o.question_id
    JOIN items a ON a.id = o.answer_id WHERE q.concept_id = ? AND q.kind = 'question' AND a.code IS NOT NULL`).pluck();
  const optionIds = db.prepare(`SELECT a.concept_id FROM options o JOIN items q ON q.id = o.question_id
    JOIN items a ON a.id = o.answer_id WHERE q.concept_id = ? AND q.kind = 'question'`).pluck();

  it('are many, over several category questions (the file has 196 such rows)', () => {
    expect(selfRows.length).toBe(196);
    expect(new Set(selfRows.map((r) => r.question)).size).toBe(12);
  });

  it('list the condition by its answer ID, never the `_yes` code, under the category question', () => {
    const wrong: string[] = [];
    for (const r of selfRows) {
      if (!(optionIds.all(r.question) as number[]).includes(r.answerId)) wrong.push(`row ${r.row}: ${r.answerId} missing under ${r.question}`);
      if ((optionCodes.all(r.question) as string[]).includes(r.code.toLowerCase())) wrong.push(`row ${r.row}: ${r.code} listed under ${r.question}`);
    }
    expect(wrong).toEqual([]);
  });

  it('leave no `_yes` code behind as an answer', () => {
    const codes = [...new Set(selfRows.map((r) => r.code.toLowerCase()))];
    const kinds = db.prepare(`SELECT DISTINCT kind FROM items WHERE code_lower = ?`).pluck();
    const answers = codes.filter((c) => (kinds.all(c) as string[]).includes('answer'));
    expect(answers).toEqual([]);
  });

  it('record the grid\'s code against the answer\'s own as a conflict', () => {
    // derived CSV line 1598: self, endocrinecondition_type2diabetes_yes, 43529932 under 43528758. The conflict
    // itself is recorded from the rda's row 1594 (CSV line 1595), the same code under the relative question 836800.
    const row = selfRows.find((r) => r.code === 'endocrinecondition_type2diabetes_yes' && r.question === 43528758)!;
    expect(row).toMatchObject({ answerId: 43529932 });
    const conflict = db.prepare(`SELECT chosen, other, other_source FROM conflicts WHERE subject = ? AND field = 'code' AND lower(other) = ?`)
      .get(String(row.answerId), row.code);
    // personalmedicalhistory.json gives 43529932 the code EndocrineConditions_Type2Diabetes.
    expect(conflict).toMatchObject({ chosen: 'EndocrineConditions_Type2Diabetes', other_source: expect.stringMatching(/^allofus:aou_health_history\.rda \(row \d+\)$/) });
    // personalmedicalhistory.json lists these nine under Endocrine_EndocrineConditions, in this order.
    const options = db.prepare(`SELECT a.code FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id =
      (SELECT id FROM items WHERE concept_id = 43528758 AND kind = 'question') ORDER BY o.position`).pluck().all();
    expect(options).toEqual(['EndocrineConditions_Hyperthyroidism', 'EndocrineConditions_Hypothyroidism', 'EndocrineConditions_PreDiabetes', 'EndocrineConditions_Type1Diabetes', 'EndocrineConditions_Type2Diabetes', 'EndocrineConditions_OtherDiabetes', 'EndocrineConditions_OtherThyroid', 'EndocrineConditions_OtherHormoneEndocrine', 'EndocrineConditions_NoHormoneEndocrine']);
  });
});
