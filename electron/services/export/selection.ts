// Which survey rows a list selects in the CDR's observation table. Only IDs the codebook states
// are used; a question or answer without one is reported as not selectable, never guessed.
import type { ListEntry, VariableList } from '../lists/schema';

export interface PartialQuestion {
  code: string | null;
  conceptId: number;
  /** Chosen answers by PPI answer concept (observation.value_source_concept_id). */
  answerIds: number[];
  /** Chosen answers known only by their standard concept (observation.value_as_concept_id). */
  standardIds: number[];
}

export interface Unselectable {
  code: string | null;
  survey: string | null;
  reason: 'no question concept ID' | 'no concept ID for any chosen answer' | 'answer without a concept ID';
}

export interface Selection {
  /** Questions with every answer: observation_source_concept_id IN (...). */
  whole: { code: string | null; conceptId: number }[];
  partial: PartialQuestion[];
  unselectable: Unselectable[];
}

const label = (e: ListEntry) => e.survey?.name ?? e.survey?.slug ?? null;

export function listSelection(list: VariableList): Selection {
  const s: Selection = { whole: [], partial: [], unselectable: [] };
  for (const e of list.entries) {
    if (e.conceptId == null) {
      s.unselectable.push({ code: e.code, survey: label(e), reason: 'no question concept ID' });
      continue;
    }
    if (e.allAnswers) {
      s.whole.push({ code: e.code, conceptId: e.conceptId });
      continue;
    }
    const p: PartialQuestion = { code: e.code, conceptId: e.conceptId, answerIds: [], standardIds: [] };
    for (const a of e.answers) {
      if (a.conceptId != null) p.answerIds.push(a.conceptId);
      else if (a.standardConceptId != null) p.standardIds.push(a.standardConceptId);
      else s.unselectable.push({ code: a.code, survey: label(e), reason: 'answer without a concept ID' });
    }
    if (p.answerIds.length + p.standardIds.length > 0) s.partial.push(p);
    else s.unselectable.push({ code: e.code, survey: label(e), reason: 'no concept ID for any chosen answer' });
  }
  return s;
}

/** Every concept ID the selection names (for tests and headers). */
export function selectionIds(s: Selection): number[] {
  return [...s.whole.map((q) => q.conceptId), ...s.partial.flatMap((p) => [p.conceptId, ...p.answerIds, ...p.standardIds])];
}
