// Finds the item a user means by a concept ID or a code (any letter case).
import type { Codebook } from './store';

export interface ItemRow {
  id: number;
  kind: 'module' | 'topic' | 'question' | 'answer';
  code: string | null;
  concept_id: number | null;
  module_id: number | null;
  parent_id: number | null;
  text_en: string | null;
  text_es: string | null;
  help_en: string | null;
  help_es: string | null;
  field_type: string | null;
  standard_concept_id: number | null;
}

export type Lookup = { type: 'item'; item: ItemRow } | { type: 'module'; moduleId: number } | null;

export function findItem(db: Codebook, query: string): Lookup {
  const q = query.trim();
  if (q === '') return null;
  if (/^\d{1,18}$/.test(q)) {
    const id = Number(q);
    // A module concept ID opens the module; one ID may name a retired module and the current one
    // that took it over: the current first.
    const mod = db.prepare(`SELECT id FROM modules WHERE concept_id = ? ORDER BY status = 'retired', id`).get(id) as { id: number } | undefined;
    if (mod) return { type: 'module', moduleId: mod.id };
    const item = db.prepare('SELECT * FROM items WHERE concept_id = ? ORDER BY kind = \'answer\' LIMIT 1').get(id) as ItemRow | undefined;
    if (item) return { type: 'item', item };
    // A standard value concept: the answer that maps to it.
    const std = db
      .prepare(`SELECT i.* FROM items i WHERE i.standard_concept_id = ?
        UNION ALL SELECT i.* FROM options o JOIN items i ON i.id = o.answer_id WHERE o.standard_concept_id = ? LIMIT 1`)
      .get(id, id) as ItemRow | undefined;
    return std ? { type: 'item', item: std } : null;
  }
  const item = db.prepare('SELECT * FROM items WHERE code_lower = ? LIMIT 1').get(q.toLowerCase()) as ItemRow | undefined;
  if (item) return { type: 'item', item };
  const mod = db.prepare('SELECT id FROM modules WHERE lower(code) = ? OR slug = ?').get(q.toLowerCase(), q.toLowerCase()) as { id: number } | undefined;
  return mod ? { type: 'module', moduleId: mod.id } : null;
}
