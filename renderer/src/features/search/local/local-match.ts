// FTS5's matching, over the in-memory index (local-index.ts): a phrase in any of some columns
// (`{cols} : "a b"`, the last word as a prefix with `*`), several such alternatives OR-ed, terms
// AND-ed. Results are ranks in ascending order, as FTS5 returns rowids.
import type { Column, ColumnIndex, LocalIndex } from './local-index';

/** One alternative of a term: these columns, this phrase (already tokenized), maybe a prefix. */
export interface Alternative {
  columns: readonly Column[];
  words: string[];
  prefix: boolean;
}

function lowerBound(terms: string[], w: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The occurrences of the phrase's first word (every word starting with it, for a one-word prefix). */
function firstPostings(c: ColumnIndex, words: string[], prefix: boolean): number[][] {
  if (!(prefix && words.length === 1)) return [c.postings.get(words[0]!) ?? []];
  const out: number[][] = [];
  for (let i = lowerBound(c.terms, words[0]!); i < c.terms.length && c.terms[i]!.startsWith(words[0]!); i++) out.push(c.postings.get(c.terms[i]!)!);
  return out;
}

function phraseIn(c: ColumnIndex, a: Alternative, into: Set<number>): void {
  const n = a.words.length;
  for (const list of firstPostings(c, a.words, a.prefix)) {
    for (let k = 0; k < list.length; k += 2) {
      const rank = list[k]!;
      if (n === 1) {
        into.add(rank);
        continue;
      }
      const toks = c.tokens[rank]!;
      const at = list[k + 1]!;
      let ok = at + n <= toks.length;
      for (let j = 1; ok && j < n; j++) {
        const t = toks[at + j]!;
        ok = j === n - 1 && a.prefix ? t.startsWith(a.words[j]!) : t === a.words[j];
      }
      if (ok) into.add(rank);
    }
  }
}

/** The ranks matching every term (each an OR of alternatives), ascending. */
export function matchRanks(index: LocalIndex, terms: Alternative[][]): number[] {
  let result: Set<number> | null = null;
  for (const alternatives of terms) {
    const found = new Set<number>();
    for (const a of alternatives) {
      // A phrase with no token matches nothing.
      if (a.words.length === 0) continue;
      for (const col of a.columns) phraseIn(index.columns[col], a, found);
    }
    if (result === null) result = found;
    else {
      const prev: Set<number> = result;
      result = new Set([...found].filter((r) => prev.has(r)));
    }
    if (result.size === 0) return [];
  }
  return [...(result ?? [])].sort((a, b) => a - b);
}
