// The codes, lower-cased, in the order of the code index (items_code: code, then item), each with
// its search document, read once per handle (some 7,000 codes, about 0.5 MB): the codes starting
// with a query, read for nearly every search, are then a binary search instead of a statement
// (exact.ts). Only when every code and the query are ASCII, where JavaScript's order of strings
// is SQLite's (bytes); otherwise null, and the caller reads the index.
import type { Codebook } from '../store';
import { firstAtLeast } from './sorted-terms';

interface Codes {
  codes: string[];
  ranks: Int32Array;
}

const ASCII = /^[\x00-\x7f]*$/;
const loaded = new WeakMap<Codebook, Codes | null>();

function codes(db: Codebook): Codes | null {
  let c = loaded.get(db);
  if (c === undefined) {
    const rows = db.prepare(`SELECT i.code_lower, d.rank FROM items i JOIN search_docs d ON d.item_id = i.id
        WHERE i.code_lower IS NOT NULL ORDER BY i.code_lower, i.id`).raw().all() as [string, number][];
    c = rows.every((r) => ASCII.test(r[0])) ? { codes: rows.map((r) => r[0]), ranks: Int32Array.from(rows, (r) => r[1]) } : null;
    loaded.set(db, c);
  }
  return c;
}

/**
 * The first `limit` codes starting with `lower` (`>=`: itself included; `>`: after it) as
 * [rank, code] in code order, as the range read of the index gives them; null when not decided here.
 */
export function codesFrom(db: Codebook, lower: string, from: '>' | '>=', limit: number): [number, string][] | null {
  const c = ASCII.test(lower) ? codes(db) : null;
  if (c === null) return null;
  const out: [number, string][] = [];
  let i = firstAtLeast(c.codes, lower);
  if (from === '>') while (i < c.codes.length && c.codes[i] === lower) i++;
  for (; i < c.codes.length && out.length < limit && c.codes[i]!.startsWith(lower); i++) out.push([c.ranks[i]!, c.codes[i]!]);
  return out;
}
