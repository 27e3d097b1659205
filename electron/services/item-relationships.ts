// The relationships of one item, as a concept card lists them: its module(s), its parent, its
// answers or the questions it answers (shared answers such as PMI_DontKnow list many), and the
// standard value concept it maps to.
import type { Relationship } from '../contract/models';
import type { ItemRow } from './item-lookup';
import type { Codebook } from './store';

type Rel = Relationship['relationship'];
interface Row {
  kind: Relationship['kind'];
  concept_id: number | null;
  code: string | null;
  name: string | null;
}

export function relationshipsOf(db: Codebook, it: ItemRow): Relationship[] {
  const out: Relationship[] = [];
  const add = (relationship: Rel, rows: Row[]) => {
    for (const r of rows) out.push({ relationship, kind: r.kind, conceptId: r.concept_id, code: r.code, name: r.name });
  };
  add('Has Module', db
    .prepare(`SELECT 'module' AS kind, m.concept_id, m.code, coalesce(m.name_en, m.slug) AS name FROM modules m
       WHERE m.id = ? OR m.id IN (SELECT module_id FROM item_modules WHERE item_id = ?) ORDER BY m.id = ? DESC, m.id`)
    .all(it.module_id, it.id, it.module_id) as Row[]);
  if (it.parent_id != null && it.kind !== 'answer') {
    add('Has parent', db.prepare('SELECT kind, concept_id, code, text_en AS name FROM items WHERE id = ?').all(it.parent_id) as Row[]);
  }
  add('Has answer', db
    .prepare(`SELECT a.kind, a.concept_id, a.code, coalesce(o.label_en, a.text_en) AS name FROM options o JOIN items a ON a.id = o.answer_id
       WHERE o.question_id = ? ORDER BY o.position`)
    .all(it.id) as Row[]);
  add('Answer of', db
    .prepare(`SELECT q.kind, q.concept_id, q.code, q.text_en AS name FROM options o JOIN items q ON q.id = o.question_id
       WHERE o.answer_id = ? ORDER BY q.module_id, q.position, q.id`)
    .all(it.id) as Row[]);
  // Standard value concepts are outside the PPI codebook: only their ID is known here.
  add('Maps to value', db
    .prepare(`SELECT DISTINCT NULL AS kind, standard_concept_id AS concept_id, NULL AS code, NULL AS name FROM (
        SELECT standard_concept_id FROM items WHERE id = ? UNION ALL SELECT standard_concept_id FROM options WHERE answer_id = ?)
       WHERE standard_concept_id IS NOT NULL ORDER BY 2`)
    .all(it.id, it.id) as Row[]);
  return out;
}
