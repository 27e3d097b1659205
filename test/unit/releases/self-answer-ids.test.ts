// PFHH's "Including yourself, who in your family has had …?" questions: Self is the answer whose ID
// the Data Browser hangs the question's follow-ups under (path "<question>.<Self>.<follow-up>") or
// lists as "… - Self" (pfhh_qa_metadata.csv), the same ID the allofus grid gives its "self" row. The
// grid's own `_yes` code for that row is no second Self. Expected IDs from aou_health_history.csv,
// every survey_metadata.csv snapshot and pfhh_qa_metadata.csv.
import { afterAll, describe, expect, it } from 'vitest';
import { isSkipOption } from '../../../electron/services/presentation-order';
import { surveyPresentation } from '../../../electron/services/presentation';
import { releaseScope } from '../../../electron/services/releases/scope';
import { csvRows, derivedCsvRows, entries } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

/** Grid questions whose rows are one condition's relatives → the grid's "self" answer ID. */
async function gridSelf(): Promise<Map<string, string>> {
  const rows = await derivedCsvRows('allofus:aou_health_history.rda', 'aou_health_history.csv');
  const byQuestion = new Map<string, Record<string, string>[]>();
  for (const r of rows) byQuestion.set(r.v.concept_id_question!, [...(byQuestion.get(r.v.concept_id_question!) ?? []), r.v]);
  const out = new Map<string, string>();
  for (const [q, rs] of byQuestion) {
    if (new Set(rs.map((r) => r.relative)).size < 2 || new Set(rs.map((r) => r.condition)).size !== 1) continue;
    const ids = new Set(rs.filter((r) => r.relative === 'self').map((r) => r.concept_id_specific!));
    if (ids.size === 1) out.set(q, [...ids][0]!);
  }
  return out;
}

/** Data Browser: answers a question's follow-ups hang under, and its answers labelled "… - Self". */
async function dataBrowserSelf(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const add = (q: string, a: string) => out.set(q, (out.get(q) ?? new Set()).add(a));
  for (const e of entries((e) => /^data-browser(@\w+)?:survey_metadata\.csv$/.test(e.id))) {
    for (const r of await csvRows(e.id)) {
      const path = r.v.path!.split('.');
      for (let i = 0; i + 2 < path.length; i += 2) add(path[i]!, path[i + 1]!);
    }
  }
  for (const r of await csvRows('data-browser:pfhh_qa_metadata.csv')) if (r.v.answer!.endsWith(' - Self')) add(r.v.question_concept_id!, r.v.answer_concept_id!);
  return out;
}

describe('Self of the relative questions', async () => {
  const grid = await gridSelf();
  const browser = await dataBrowserSelf();

  it('the grid and the Data Browser give Self the same ID', () => {
    const disagree = [...grid].filter(([q, id]) => browser.has(q) && [...browser.get(q)!].join() !== id);
    expect(disagree).toEqual([]);
    expect([...grid.keys()].filter((q) => browser.has(q)).length).toBeGreaterThan(100);
  });

  it('each question has one Self, the answer with that ID, in the release lists and the trainer', () => {
    const release = db.prepare("SELECT id, module_id AS module FROM releases WHERE id = 'pfhh-current'").get() as { id: string; module: number };
    const scope = releaseScope(db, release.module, release.id)!;
    const trainer = new Map(surveyPresentation(db, 'pfhh', release.id)!.rows.map((r) => [r.conceptId, r]));
    const questionOf = db.prepare("SELECT id FROM items WHERE concept_id = ? AND kind = 'question'").pluck();
    const idOf = db.prepare('SELECT concept_id FROM items WHERE id = ?').pluck();
    const selves = db.prepare(`SELECT a.concept_id FROM options o JOIN items a ON a.id = o.answer_id
      WHERE o.question_id = ? AND lower(coalesce(o.label_en, a.text_en)) = 'self'`).pluck();
    let listed = 0;
    for (const [concept, id] of grid) {
      if ([...(browser.get(concept) ?? [])].join() !== id) continue;
      const q = questionOf.get(Number(concept)) as number;
      expect(selves.all(q), concept).toEqual([Number(id)]);
      if (!scope.has(q)) continue;
      const printed = scope.texts.get(q)?.answers.en;
      const shown = scope.options(q)!.filter((o) => !isSkipOption({ code: null, text: { en: o.en, es: o.es } }));
      // A list left untied to its print (liver condition: the Data Browser's extra copies) is not this test's.
      if (shown.map((o) => o.en).join('|') !== printed?.join('|')) continue;
      expect(shown.filter((o) => o.en === 'Self').map((o) => idOf.get(o.answerId)), concept).toEqual([Number(id)]);
      const row = trainer.get(Number(concept))!;
      expect(row.answers.filter((a) => a.text.en === 'Self').map((a) => a.conceptId), concept).toEqual([Number(id)]);
      listed++;
    }
    expect(listed).toBeGreaterThan(100);
  });
});
