// The exact tiers of the search: a concept ID (PPI, module or standard value concept), then a
// code in any letter case; and the codes starting with the query, which join the text tier
// "code". All are index lookups returning search documents (their ranks).
import type { Codebook } from '../store';
import { codesFrom } from './code-index';
import { storedHits, type DocRow } from './docs';
import type { Filter } from './filters';
import { mayStartCode } from './index-tokens';
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
  const own = prepared(db, `SELECT ${DOC} FROM items i JOIN search_docs d ON d.item_id = i.id WHERE i.code_lower = ?${f.sql} ORDER BY d.rank LIMIT ?`)
    .all(q.toLowerCase(), ...f.params, limit) as DocRow[];
  return withAliases(db, own, q, f, limit);
}

// The alias codes, lower-cased: about a hundred, read once per handle, so the query that names
// none (nearly every one) skips the lookup.
const aliasSets = new WeakMap<Codebook, Set<string>>();

function isAlias(db: Codebook, lower: string): boolean {
  let s = aliasSets.get(db);
  if (!s) aliasSets.set(db, (s = new Set(db.prepare('SELECT alias_lower FROM item_aliases').pluck().all() as string[])));
  return s.has(lower);
}

/** An alias code (the other code of a tied pair, code-aliases.ts) is an exact code of its item too. */
function withAliases(db: Codebook, exact: DocRow[], q: string, f: Filter, limit: number): DocRow[] {
  if (!isAlias(db, q.toLowerCase())) return exact;
  const more = prepared(db, `SELECT ${DOC} FROM item_aliases x JOIN items i ON i.id = x.item_id JOIN search_docs d ON d.item_id = i.id
       WHERE x.alias_lower = ?${f.sql} ORDER BY d.rank LIMIT ?`).all(q.toLowerCase(), ...f.params, limit) as DocRow[];
  if (more.length === 0) return exact;
  const ranks = new Set(exact.map((r) => r.rank));
  return [...exact, ...more.filter((r) => !ranks.has(r.rank))].sort((a, b) => a.rank - b.rank).slice(0, limit);
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

// Codes from the query on (`>=`, the exact code included) or after it (`>`), before the prefix
// followed by the highest char: a range on the code_lower index.
const CODE_RANGE = (from: '>' | '>=', filterSql: string) => `SELECT ${DOC}, i.code_lower FROM items i JOIN search_docs d ON d.item_id = i.id
       WHERE i.code_lower ${from} ? AND i.code_lower < ?${filterSql} ORDER BY i.code_lower LIMIT ?`;

/** The range read: unfiltered, from the codes in memory (code-index.ts) when they decide. */
function codeRange(db: Codebook, lower: string, from: '>' | '>=', f: Filter, limit: number): [number, string][] {
  return (f.sql === '' ? codesFrom(db, lower, from, limit) : null)
    ?? (prepared(db, CODE_RANGE(from, f.sql)).raw().all(lower, lower + '\u{10ffff}', ...f.params, limit) as [number, string][]);
}

/** Codes that start with the query (two characters at least), the first `limit` in code order, with their weight. */
export function byCodePrefix(db: Codebook, q: string, f: Filter, limit: number): (DocRow & { weight: number })[] {
  const lower = q.toLowerCase();
  if (lower.length < 2 || /\s/.test(lower)) return [];
  return withWeights(db, mayStartCode(db, lower) ? codeRange(db, lower, '>', f, limit) : [], q);
}

/** The index holds (code_lower, id) and search_docs (item_id, rank): the code itself is read from the decoded hit. */
function withWeights(db: Codebook, rows: [number, string][], q: string): (DocRow & { weight: number })[] {
  const ranks = rows.map((r) => r[0]);
  return storedHits(db, ranks).map((h, i) => ({ rank: ranks[i]!, weight: prefixWeight(h.code!, q) }));
}

// Items sharing one exact code read with the codes starting with it; more than this and byCode reads them.
const EXACT_READ = 4;

export interface CodeMatches {
  exact: DocRow[];
  prefix: (DocRow & { weight: number })[];
}

/**
 * byCode and byCodePrefix with the same `limit`, in one read of the code index: the exact code
 * sorts first in the range of codes starting with it. When more than EXACT_READ items share it,
 * both are read as before.
 */
export function byCodeAndPrefix(db: Codebook, q: string, f: Filter, limit: number): CodeMatches {
  const lower = q.toLowerCase();
  if (lower.length < 2 || /\s/.test(lower)) return { exact: byCode(db, q, f, limit), prefix: [] };
  // No code starts with the query (the index's tokens tell, index-tokens.ts): no range to read.
  const rows = mayStartCode(db, lower) ? codeRange(db, lower, '>=', f, limit + EXACT_READ) : [];
  const exact = rows.filter((r) => r[1] === lower);
  if (exact.length >= EXACT_READ) return { exact: byCode(db, q, f, limit), prefix: byCodePrefix(db, q, f, limit) };
  return {
    exact: withAliases(db, exact.map((r) => ({ rank: r[0] })).sort((a, b) => a.rank - b.rank), q, f, limit),
    prefix: withWeights(db, rows.slice(exact.length, exact.length + limit), q),
  };
}
