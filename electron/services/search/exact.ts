// The exact tiers of the search: a concept ID (PPI, module or standard value concept), then a
// code in any letter case, then codes starting with the query. All are index lookups.
import type { Codebook } from '../store';
import type { Filter } from './filters';
import { prepared } from './statements';

export interface ItemHitRow {
  id: number;
  kind: 'module' | 'topic' | 'question' | 'answer';
  code: string | null;
  concept_id: number | null;
  module_id: number | null;
  text_en: string | null;
  text_es: string | null;
}

export const ITEM_COLUMNS = 'i.id, i.kind, i.code, i.concept_id, i.module_id, i.text_en, i.text_es';

const RELATION_ORDER = `CASE c.relation WHEN 'concept' THEN 0 WHEN 'module' THEN 1 ELSE 2 END`;

export function byConceptId(db: Codebook, q: string, f: Filter, limit: number): ItemHitRow[] {
  if (!/^\d{1,15}$/.test(q)) return [];
  return prepared(db, `SELECT ${ITEM_COLUMNS} FROM search_concepts c JOIN items i ON i.id = c.item_id
       WHERE c.concept_id = ?${f.sql} ORDER BY ${RELATION_ORDER}, i.kind = 'answer', i.id LIMIT ?`)
    .all(Number(q), ...f.params, limit) as ItemHitRow[];
}

export function byCode(db: Codebook, q: string, f: Filter, limit: number): ItemHitRow[] {
  if (q === '' || /\s/.test(q)) return [];
  return prepared(db, `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.code_lower = ?${f.sql} ORDER BY i.kind = 'answer', i.id LIMIT ?`)
    .all(q.toLowerCase(), ...f.params, limit) as ItemHitRow[];
}

/** Codes that start with the query (two characters at least), in code order (the index's: no sort). */
export function byCodePrefix(db: Codebook, q: string, f: Filter, limit: number): ItemHitRow[] {
  const lower = q.toLowerCase();
  if (lower.length < 2 || /\s/.test(lower)) return [];
  // A range on the code_lower index; the upper bound is the prefix followed by the highest char.
  return prepared(db, `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.code_lower > ? AND i.code_lower < ?${f.sql}
       ORDER BY i.code_lower LIMIT ?`)
    .all(lower, lower + '\u{10ffff}', ...f.params, limit) as ItemHitRow[];
}
