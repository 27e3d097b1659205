// A search document (search_docs): its rank and the query-independent part of its hit, stored as
// JSON by the build (codebooks/write/search-docs.ts). The database never changes under a handle,
// so each document is read and decoded once per handle (frozen: every result shares it) — while
// the user types, consecutive queries show mostly the same documents.
import type { SearchHit } from '../../contract/models';
import type { Codebook } from '../store';
import { prepared } from './statements';

export interface DocRow {
  rank: number;
}

export type StoredHit = Omit<SearchHit, 'snippet' | 'score' | 'match'>;

/** About 1.5 kB each: at most some 30 MB, the whole bundled codebook three times over. */
const MAX_DECODED = 20_000;
const decoded = new WeakMap<Codebook, Map<number, StoredHit>>();

function freeze(h: StoredHit): StoredHit {
  for (const v of [h.text, h.survey, h.question, h.question?.text]) if (v) Object.freeze(v);
  return Object.freeze(h);
}

/** The stored hits of these ranks, in their order; the ones not yet decoded are read in one statement. */
export function storedHits(db: Codebook, ranks: number[]): StoredHit[] {
  let m = decoded.get(db);
  if (!m) decoded.set(db, (m = new Map()));
  const missing = ranks.filter((r) => !m.has(r));
  if (missing.length > 0) {
    if (m.size + missing.length > MAX_DECODED) m.clear();
    const rows = prepared(db, 'SELECT rank, hit FROM search_docs WHERE rank IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(missing)) as [number, string][];
    for (const [rank, hit] of rows) m.set(rank, freeze(JSON.parse(hit) as StoredHit));
  }
  return ranks.map((r) => m.get(r)!);
}
