// The vocabulary of indexed words and its trigrams (search_vocab, search_trigrams), read into
// memory once per handle when a query first needs a suggestion: ranking the candidates of a
// misspelled word is then a count over a few short lists instead of a grouped join (0.2–1 ms).
import type { Codebook } from '../store';

export interface VocabTerm {
  term: string;
  display: string;
  docs: number;
}

interface Vocab {
  terms: VocabTerm[];
  byTrigram: Map<string, number[]>;
}

const loaded = new WeakMap<Codebook, Vocab>();

function load(db: Codebook): Vocab {
  let v = loaded.get(db);
  if (v) return v;
  const rows = db.prepare('SELECT id, term, display, docs FROM search_vocab ORDER BY id').all() as (VocabTerm & { id: number })[];
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const byTrigram = new Map<string, number[]>();
  // In term order within each trigram, as the table's key orders them.
  for (const [g, id] of db.prepare('SELECT trigram, term_id FROM search_trigrams ORDER BY trigram, term_id').raw().iterate() as Iterable<[string, number]>) {
    const list = byTrigram.get(g) ?? byTrigram.set(g, []).get(g)!;
    list.push(index.get(id)!);
  }
  loaded.set(db, (v = { terms: rows.map(({ term, display, docs }) => ({ term, display, docs })), byTrigram }));
  return v;
}

/**
 * The `limit` terms sharing the most of these trigrams (then the most frequent, then the first
 * indexed), among terms whose length is within [minLength, maxLength].
 */
export function termsSharingTrigrams(db: Codebook, grams: string[], minLength: number, maxLength: number, limit: number): VocabTerm[] {
  const v = load(db);
  const shared = new Map<number, number>();
  for (const g of grams) {
    for (const i of v.byTrigram.get(g) ?? []) {
      const len = v.terms[i]!.term.length;
      if (len >= minLength && len <= maxLength) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
  }
  // Buckets by trigrams shared, most first: only the buckets that reach `limit` are sorted.
  const buckets: number[][] = Array.from({ length: grams.length + 1 }, () => []);
  for (const [i, n] of shared) buckets[n]!.push(i);
  const out: VocabTerm[] = [];
  for (let n = grams.length; n > 0 && out.length < limit; n--) {
    const b = buckets[n]!.sort((x, y) => v.terms[y]!.docs - v.terms[x]!.docs || x - y);
    for (const i of b.slice(0, limit - out.length)) out.push(v.terms[i]!);
  }
  return out;
}
