// Branching as users read it: when an item is asked, and which items an answer leads to.
import type { Branching, ItemDetail } from '../contract/models';
import type { Codebook } from './store';
import { answerRef } from './answer-ref';

interface Row {
  parent_id: number | null;
  parent_code: string | null;
  parent_concept: number | null;
  answer_ids: string;
  shown_when: 'shown' | 'hidden';
  prose: string | null;
  source: string;
  child_code: string | null;
  child_concept: number | null;
}

const SELECT = `SELECT b.parent_id, p.code AS parent_code, p.concept_id AS parent_concept, b.answer_ids, b.shown_when, b.prose, b.source,
    c.code AS child_code, c.concept_id AS child_concept
  FROM branching b JOIN items c ON c.id = b.child_id LEFT JOIN items p ON p.id = b.parent_id`;

function toBranching(db: Codebook, r: Row): Branching {
  const answers = (JSON.parse(r.answer_ids) as number[]).map((id) => answerRef(db, id, r.parent_id));
  const answerCodes = answers.map((a) => a.code).filter((c): c is string => !!c);
  return { parentCode: r.parent_code, parentConceptId: r.parent_concept, answerCodes, answers, when: r.shown_when, text: r.prose, source: r.source };
}

export function branchingOf(db: Codebook, itemId: number): Branching[] {
  return (db.prepare(`${SELECT} WHERE b.child_id = ? ORDER BY b.id`).all(itemId) as Row[]).map((r) => toBranching(db, r));
}

export function leadsTo(db: Codebook, itemId: number): ItemDetail['leadsTo'] {
  return (db.prepare(`${SELECT} WHERE b.parent_id = ? ORDER BY c.position, b.id`).all(itemId) as Row[]).map((r) => ({
    ...toBranching(db, r),
    childCode: r.child_code,
    childConceptId: r.child_concept,
  }));
}
