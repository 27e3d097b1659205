// The vocabulary of indexed words and its trigrams (search_vocab, search_trigrams), read into
// memory once per handle when a query first needs a suggestion: ranking the candidates of a
// misspelled word is then a count over a few short lists instead of a grouped join (0.2–1 ms).
// Its terms alone (whether a word is indexed, asked by nearly every text query) are read at the
// first such query.
import type { Codebook } from '../store';
import { byCodeUnits, firstAtLeast } from './sorted-terms';

export interface VocabTerm {
  term: string;
  display: string;
  docs: number;
}

interface Vocab {
  terms: VocabTerm[];
  /** Each term's length, and a counter per term reused by every lookup (zeroed after use). */
  lengths: Int32Array;
  shared: Uint16Array;
  byTrigram: Map<string, Int32Array>;
}

const loaded = new WeakMap<Codebook, Vocab>();

function load(db: Codebook): Vocab {
  let v = loaded.get(db);
  if (v) return v;
  const rows = db.prepare('SELECT id, term, display, docs FROM search_vocab ORDER BY id').all() as (VocabTerm & { id: number })[];
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const lists = new Map<string, number[]>();
  // In term order within each trigram, as the table's key orders them.
  for (const [g, id] of db.prepare('SELECT trigram, term_id FROM search_trigrams ORDER BY trigram, term_id').raw().iterate() as Iterable<[string, number]>) {
    const list = lists.get(g) ?? lists.set(g, []).get(g)!;
    list.push(index.get(id)!);
  }
  const byTrigram = new Map([...lists].map(([g, l]) => [g, Int32Array.from(l)]));
  const terms = rows.map(({ term, display, docs }) => ({ term, display, docs }));
  loaded.set(db, (v = { terms, lengths: Int32Array.from(terms, (t) => t.term.length), shared: new Uint16Array(terms.length), byTrigram }));
  return v;
}

/** Whether this handle has read the vocabulary's trigrams (a suggestion asked, or prepare.ts). */
export function trigramsRead(db: Codebook): boolean {
  return loaded.has(db);
}

/**
 * The `limit` terms sharing the most of these trigrams (then the most frequent, then the first
 * indexed), among terms whose length is within [minLength, maxLength].
 */
export function termsSharingTrigrams(db: Codebook, grams: string[], minLength: number, maxLength: number, limit: number): VocabTerm[] {
  const v = load(db);
  // Counted in typed arrays: common trigrams ("ion", "ent") list thousands of terms, and a Map
  // per lookup cost more than the rest of a misspelled query's search.
  const { shared, lengths } = v;
  const touched: number[] = [];
  for (const g of grams) {
    const list = v.byTrigram.get(g);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const len = lengths[i]!;
      if (len < minLength || len > maxLength) continue;
      const n = shared[i]!;
      if (n === 0) touched.push(i);
      shared[i] = n + 1;
    }
  }
  // Buckets by trigrams shared, most first: only the buckets that reach `limit` are sorted.
  const buckets: number[][] = Array.from({ length: grams.length + 1 }, () => []);
  for (const i of touched) {
    buckets[shared[i]!]!.push(i);
    shared[i] = 0;
  }
  const out: VocabTerm[] = [];
  for (let n = grams.length; n > 0 && out.length < limit; n--) {
    const b = buckets[n]!.sort((x, y) => v.terms[y]!.docs - v.terms[x]!.docs || x - y);
    for (const i of b.slice(0, limit - out.length)) out.push(v.terms[i]!);
  }
  return out;
}

/** The vocabulary's terms, as a set and sorted (in JavaScript's order), read once per handle. */
interface Terms {
  set: Set<string>;
  sorted: string[];
}

const termLists = new WeakMap<Codebook, Terms>();

function terms(db: Codebook): Terms {
  let t = termLists.get(db);
  if (!t) {
    const all = db.prepare('SELECT term FROM search_vocab').pluck().all() as string[];
    termLists.set(db, (t = { set: new Set(all), sorted: all.sort(byCodeUnits) }));
  }
  return t;
}

/** Whether the vocabulary holds this term: asked for nearly every text query, so from memory. */
export function vocabHas(db: Codebook, term: string): boolean {
  return terms(db).set.has(term);
}

/** Whether some term starts with `prefix` (the terms starting with it are together in sorted order). */
export function vocabHasPrefix(db: Codebook, prefix: string): boolean {
  const { sorted } = terms(db);
  const at = firstAtLeast(sorted, prefix);
  return at < sorted.length && sorted[at]!.startsWith(prefix);
}
