// PFHH's "Including yourself, who in your family has had …?" questions list relatives (Self,
// Mother, …). The allofus package's health-history grid gives each relative's answer code and ID
// per question; some questions (coronary artery disease) no other source lists, and their answers'
// own texts name the condition. The release's list is still its print's relatives, each the
// grid's answer for that relative. Expected values from aou_health_history.csv and the database's
// printed lists.
import { afterAll, describe, expect, it } from 'vitest';
import { isSkipOption } from '../../../electron/services/presentation-order';
import { releaseScope } from '../../../electron/services/releases/scope';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('relatives as answers', async () => {
  const rows = await derivedCsvRows('allofus:aou_health_history.rda', 'aou_health_history.csv');
  // Question concepts whose rows are one condition's relatives.
  const byQuestion = new Map<string, { v: Record<string, string> }[]>();
  for (const r of rows) byQuestion.set(r.v.concept_id_question!, [...(byQuestion.get(r.v.concept_id_question!) ?? []), r]);
  const relativeQuestions = [...byQuestion].filter(([, rs]) => new Set(rs.map((r) => r.v.relative)).size > 1 && new Set(rs.map((r) => r.v.condition)).size === 1);

  it('shows each printed relative as the grid answer of that relative', () => {
    const release = db.prepare("SELECT id, module_id AS module FROM releases WHERE id = 'pfhh-current'").get() as { id: string; module: number };
    const scope = releaseScope(db, release.module, release.id)!;
    const questionOf = db.prepare("SELECT id FROM items WHERE concept_id = ? AND kind = 'question'").pluck();
    const answerOf = db.prepare('SELECT code, concept_id AS id FROM items WHERE id = ?');
    const optionsOf = db.prepare('SELECT answer_id FROM options WHERE question_id = ?').pluck();
    let checked = 0;
    for (const [concept, rs] of relativeQuestions) {
      const q = questionOf.get(Number(concept)) as number | undefined;
      const printed = q === undefined ? null : scope.texts.get(q)?.answers.en;
      if (!q || !printed?.length || !scope.has(q)) continue;
      // The Data Browser's "Skip" stays last: no answer of the form.
      const shown = scope.options(q)?.filter((o) => !isSkipOption({ code: (answerOf.get(o.answerId) as { code: string | null }).code, text: { en: o.en, es: o.es } }));
      // A list is left untied where the question has answers the grid does not give it (copies
      // under other concepts): a tie would be a guess. Every other one ties.
      const inGrid = (a: { code: string | null; id: number | null }) => rs.some((r) => a.code?.toLowerCase() === r.v.concept_code!.toLowerCase() || String(a.id) === r.v.concept_id_specific);
      const others = (optionsOf.all(q) as number[]).map((id) => answerOf.get(id) as { code: string | null; id: number | null }).filter((a) => !inGrid(a) && !isSkipOption({ code: a.code, text: { en: null, es: null } }));
      if (others.length && shown?.map((o) => o.en).join('|') !== printed.join('|')) continue;
      expect(shown?.map((o) => o.en), concept).toEqual(printed);
      for (const o of shown!) {
        const raw = rs.find((r) => r.v.relative === o.en!.toLowerCase());
        const a = answerOf.get(o.answerId) as { code: string | null; id: number | null };
        expect(raw, `${concept} ${o.en}`).toBeDefined();
        expect(a.code?.toLowerCase() === raw!.v.concept_code!.toLowerCase() || String(a.id) === raw!.v.concept_id_specific, `${concept} ${o.en}: ${a.code} ${a.id}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(relativeQuestions.length / 2);
  });
});
