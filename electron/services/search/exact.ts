// The exact tiers of the search: a concept ID (PPI, module or standard value concept), then a
// code in any letter case; and the codes starting with the query, which join the text tier
// "code". All are index lookups returning search documents (their ranks).
import type { Codebook } from '../store';
import type { DocRow } from './docs';
import type { Filter } from './filters';
import { prepared } from './statements';

const DOC = 'd.rank';
const RELATION_ORDER = `CASE c.relation WHEN 'concept' THEN 0 WHEN 'module' THEN 1 ELSE 2 END`;

export function byConceptId(db: Codebook, q: string, f: Filter, limit: number): DocRow[] {
  if (!/^\d{1,15}$/.test(q)) return [];
  return prepared(db, `SELECT ${DOC} FROM search_concepts c JOIN items i ON i.id = c.item_id JOIN search_docs d ON d.item_id = i.id
       WHERE c.concept_id = ?${f.sql} ORDER BY ${RELATION_ORDER}, d.rank LIMIT ?`)
    .all(Number(q), ...f.params, limit) as DocRow[];
}

export function byCode(db: Codebook, q: string, f: Filter, limit: number): DocRow[] {
  if (q === '' || /\s/.test(q)) return [];
  return prepared(db, `SELECT ${DOC} FROM items i JOIN search_docs d ON d.item_id = i.id WHERE i.code_lower = ?${f.sql} ORDER BY d.rank LIMIT ?`)
    .all(q.toLowerCase(), ...f.params, limit) as DocRow[];
}

/** Codes that start with the query (two characters at least), the first `limit` in code order. */
export function byCodePrefix(db: Codebook, q: string, f: Filter, limit: number): DocRow[] {
  const lower = q.toLowerCase();
  if (lower.length < 2 || /\s/.test(lower)) return [];
  // A range on the code_lower index; the upper bound is the prefix followed by the highest char.
  return prepared(db, `SELECT ${DOC} FROM items i JOIN search_docs d ON d.item_id = i.id WHERE i.code_lower > ? AND i.code_lower < ?${f.sql}
       ORDER BY i.code_lower LIMIT ?`)
    .all(lower, lower + '\u{10ffff}', ...f.params, limit) as DocRow[];
}
