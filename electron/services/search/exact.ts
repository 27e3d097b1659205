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

/**
 * How much a code starting with the query says: 2 when the query ends where a part of the code
 * ends ("smokefrequency" or "smoke" for SmokeFrequency_EveryDay), 1 when it ends inside a word
 * ("smoke" for SmokelessTobacco_…).
 */
export function prefixWeight(code: string, query: string): number {
  const next = code.charAt(query.length);
  const digit = (c: string) => /\p{N}/u.test(c);
  return next === '' || /[^\p{L}\p{N}]|\p{Lu}/u.test(next) || digit(next) !== digit(query.at(-1) ?? '') ? 2 : 1;
}

/** Codes that start with the query (two characters at least), the first `limit` in code order, with their weight. */
export function byCodePrefix(db: Codebook, q: string, f: Filter, limit: number): (DocRow & { weight: number })[] {
  const lower = q.toLowerCase();
  if (lower.length < 2 || /\s/.test(lower)) return [];
  // A range on the code_lower index; the upper bound is the prefix followed by the highest char.
  const rows = prepared(db, `SELECT ${DOC}, i.code FROM items i JOIN search_docs d ON d.item_id = i.id WHERE i.code_lower > ? AND i.code_lower < ?${f.sql}
       ORDER BY i.code_lower LIMIT ?`)
    .all(lower, lower + '\u{10ffff}', ...f.params, limit) as (DocRow & { code: string })[];
  return rows.map((r) => ({ rank: r.rank, weight: prefixWeight(r.code, q) }));
}
