// The answers that open a follow-up, read as a person would: a "shown when A or B" rule opens on
// A and B; a "skipped when No" rule opens on every other answer of the parent (in the release's
// own option list where it has one).
import type { ModuleRule } from '../module-rules';
import type { Codebook } from '../store';
import type { ReleaseScope } from './scope';

export function openingAnswers(db: Codebook, rule: ModuleRule, scope: ReleaseScope | null): number[] {
  if (rule.when === 'shown') return rule.answerIds;
  const own = scope?.options(rule.parentId);
  const all = own
    ? own.map((o) => o.answerId)
    : (db.prepare('SELECT answer_id FROM options WHERE question_id = ? ORDER BY position').all(rule.parentId) as { answer_id: number }[]).map((r) => r.answer_id);
  const skip = new Set(rule.answerIds);
  return all.filter((id) => !skip.has(id));
}
