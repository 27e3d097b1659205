// The structured branching of one module, one rule per follow-up question: the rule of the
// best source (BRANCHING_ORDER) among those naming a parent in the same module. Used to nest the
// outline and to walk a survey as a participant would.
import { BRANCHING_ORDER } from '../../codebooks/merge/precedence';
import type { Codebook } from './store';

export interface ModuleRule {
  childId: number;
  parentId: number;
  answerIds: number[];
  when: 'shown' | 'hidden';
  source: string;
  prose: string | null;
}

export function moduleRules(db: Codebook, moduleId: number): Map<number, ModuleRule> {
  const rows = db
    .prepare(
      `SELECT b.child_id, b.parent_id, b.answer_ids, b.shown_when, b.source, b.prose, s.format
         FROM branching b JOIN sources s ON s.id = b.source
        WHERE b.parent_id IS NOT NULL AND b.parent_id != b.child_id
          AND b.child_id IN (SELECT item_id FROM item_modules WHERE module_id = ?1)
          AND b.parent_id IN (SELECT item_id FROM item_modules WHERE module_id = ?1)`,
    )
    .all({ 1: moduleId }) as { child_id: number; parent_id: number; answer_ids: string; shown_when: 'shown' | 'hidden'; source: string; prose: string | null; format: string }[];
  const rank = (format: string) => {
    const i = BRANCHING_ORDER.indexOf(format);
    return i < 0 ? BRANCHING_ORDER.length : i;
  };
  const best = new Map<number, ModuleRule & { rank: number }>();
  for (const r of rows) {
    const answerIds = JSON.parse(r.answer_ids) as number[];
    // A rule that names no answer cannot be followed; it stays visible as prose in the detail.
    if (answerIds.length === 0) continue;
    const candidate = { childId: r.child_id, parentId: r.parent_id, answerIds, when: r.shown_when, source: r.source, prose: r.prose, rank: rank(r.format) };
    const prev = best.get(r.child_id);
    if (!prev || candidate.rank < prev.rank) best.set(r.child_id, candidate);
  }
  return new Map([...best].map(([k, { rank: _, ...v }]) => [k, v]));
}
