// FTS5's matching, over the in-memory index (local-index.ts): a phrase in any of some columns
// (`{cols} : "a b"`, the last word as a prefix with `*`), several such alternatives OR-ed, terms
// AND-ed. Results are ranks in ascending order, as FTS5 returns rowids.
import type { Column, ColumnIndex, LocalIndex } from './local-index';
import { firstAtLeast } from '../../../../../electron/services/search/sorted-terms';

/** One alternative of a term: these columns, this phrase (already tokenized), maybe a prefix. */
export interface Alternative {
  columns: readonly Column[];
  words: string[];
  prefix: boolean;
}

/** The occurrences of the phrase's first word (every word starting with it, for a one-word prefix). */
function firstPostings(c: ColumnIndex, words: string[], prefix: boolean): number[][] {
  if (!(prefix && words.length === 1)) return [c.postings.get(words[0]!) ?? []];
  const out: number[][] = [];
  for (let i = firstAtLeast(c.terms, words[0]!); i < c.terms.length && c.terms[i]!.startsWith(words[0]!); i++) out.push(c.postings.get(c.terms[i]!)!);
  return out;
}

/** The lowest and highest rank the first term marked: no rank outside them can match every term. */
interface Span {
  lo: number;
  hi: number;
}

/** Marks the ranks where the phrase occurs that matched every earlier term (count[rank] === term). */
function phraseIn(c: ColumnIndex, a: Alternative, count: Uint8Array, term: number, span: Span): boolean {
  const n = a.words.length;
  let any = false;
  for (const list of firstPostings(c, a.words, a.prefix)) {
    for (let k = 0; k < list.length; k += 2) {
      const rank = list[k]!;
      if (count[rank] !== term) continue;
      if (n > 1) {
        const toks = c.tokens[rank]!;
        const at = list[k + 1]!;
        let ok = at + n <= toks.length;
        for (let j = 1; ok && j < n; j++) {
          const t = toks[at + j]!;
          ok = j === n - 1 && a.prefix ? t.startsWith(a.words[j]!) : t === a.words[j];
        }
        if (!ok) continue;
      }
      count[rank] = term + 1;
      if (term === 0 && rank < span.lo) span.lo = rank;
      if (term === 0 && rank > span.hi) span.hi = rank;
      any = true;
    }
  }
  return any;
}

/** One count array per index, zeroed for each query: a keystroke runs several queries, and in
 *  Chromium allocating one the size of the corpus took longer than most of them. */
const counts = new WeakMap<LocalIndex, Uint8Array>();

/**
 * The first `limit` ranks matching every term (each an OR of alternatives), ascending. One count
 * per document (the terms it matched so far) rather than sets: a prefix of two letters occurs
 * tens of thousands of times, and the ranks come out in order without a sort. Only the span of
 * ranks the first term marked is read back.
 */
export function matchRanks(index: LocalIndex, terms: Alternative[][], limit = Infinity): number[] {
  if (terms.length === 0) return [];
  let count = counts.get(index); // at most 16 terms (fts-query.ts)
  if (count) count.fill(0);
  else counts.set(index, (count = new Uint8Array(index.hits.length)));
  const span: Span = { lo: Infinity, hi: -1 };
  for (let t = 0; t < terms.length; t++) {
    let any = false;
    // A phrase with no token matches nothing.
    for (const a of terms[t]!) if (a.words.length > 0) for (const col of a.columns) any = phraseIn(index.columns[col], a, count, t, span) || any;
    if (!any) return [];
  }
  const out: number[] = [];
  for (let r = span.lo; r <= span.hi && out.length < limit; r++) if (count[r] === terms.length) out.push(r);
  return out;
}
