// A tier's FTS5 expression answered in memory from the index's own tokens (postings-index.ts)
// instead of running FTS5 (15–400 µs a statement, most of a search's time). The tiers'
// expressions are simple: all terms required, each any of its alternatives, an alternative a
// phrase in any of some columns, its last word a prefix or not; the rows come in rowid order, as
// FTS5 gives them. Undecided (null: the caller asks FTS5): no postings kept (an older or a very
// large database), or a word whose token FTS5 may cut or fold otherwise than foldWord (tokenOf).
import type { Codebook } from '../store';
import { tokenOf, type Alternative } from './index-tokens';
import { postingsIndex, type PostingsIndex } from './postings-index';
import { firstAtLeast } from './sorted-terms';

/** A word as the token numbers it matches, [lo, hi): one token, or every token starting with a prefix. */
type Range = [number, number];

interface Compiled {
  mask: number;
  words: Range[];
  /** The word in the fewest places (a phrase) or rows (one word): what finds its matches. */
  rarest: number;
  cost: number;
}

function sizeOf(from: Int32Array, r: Range): number {
  return from[r[1]]! - from[r[0]]!;
}

/** undefined: not decided here; null: matches nothing. */
function compile(p: PostingsIndex, a: Alternative): Compiled | null | undefined {
  let mask = 0;
  for (const c of a.cols) {
    const i = p.columns.get(c);
    if (i === undefined) return undefined;
    mask |= 1 << i;
  }
  const words: Range[] = [];
  for (let k = 0; k < a.words.length; k++) {
    const w = tokenOf(a.words[k]!);
    if (w === null) return undefined;
    let r: Range;
    if (a.prefix && k === a.words.length - 1) {
      const lo = firstAtLeast(p.terms, w);
      let hi = lo;
      while (hi < p.terms.length && p.terms[hi]!.startsWith(w)) hi++;
      r = [lo, hi];
    } else {
      const id = p.id.get(w);
      r = id === undefined ? [0, 0] : [id, id + 1];
    }
    if (r[0] === r[1]) return null;
    words.push(r);
  }
  const from = words.length === 1 ? p.rowsFrom : p.placesFrom;
  let rarest = 0;
  for (let k = 1; k < words.length; k++) if (sizeOf(from, words[k]!) < sizeOf(from, words[rarest]!)) rarest = k;
  return { mask, words, rarest, cost: sizeOf(from, words[rarest]!) };
}

/** The phrase starting at place `at` of slot `slot`, within it. */
function phraseAt(p: PostingsIndex, slot: number, at: number, a: Compiled): boolean {
  if (at < p.starts[slot]! || at + a.words.length > p.starts[slot + 1]!) return false;
  for (let k = 0; k < a.words.length; k++) {
    const t = p.tokens[at + k]!;
    if (t < a.words[k]![0] || t >= a.words[k]![1]) return false;
  }
  return true;
}

// The rows the first term marks are listed up to this many; more, and they are read off the marks.
const LISTED = 64;

/** Marks with `to` the rows marked `from` where the alternative matches; lists the first LISTED in `listed`. */
function mark(p: PostingsIndex, a: Compiled, from: number, to: number, listed: number[] | null): number {
  const { marks, ncols } = p;
  let n = 0;
  const [lo, hi] = a.words[a.rarest]!;
  if (a.words.length === 1) {
    // One word: its rows with one of the columns are its matches.
    const { rows, cols, rowsFrom } = p;
    for (let j = rowsFrom[lo]!, end = rowsFrom[hi]!; j < end; j++) {
      const row = rows[j]!;
      if (marks[row] === from && (cols[j]! & a.mask) !== 0) {
        marks[row] = to;
        if (listed !== null && n < LISTED) listed.push(row);
        n++;
      }
    }
    return n;
  }
  // A phrase: each place of its rarest word, in one of the columns, with the other words around it.
  const { places, placesFrom, slotOf } = p;
  for (let j = placesFrom[lo]!, end = placesFrom[hi]!; j < end; j++) {
    const at = places[j]!;
    const slot = slotOf[at]!;
    const row = (slot / ncols) | 0;
    if (marks[row] === from && (a.mask & (1 << (slot % ncols))) !== 0 && phraseAt(p, slot, at - a.rarest, a)) {
      marks[row] = to;
      if (listed !== null && n < LISTED) listed.push(row);
      n++;
    }
  }
  return n;
}

/** The alternative somewhere in the row (checked place by place: for the few rows left). */
function inRow(p: PostingsIndex, row: number, a: Compiled): boolean {
  for (let col = 0; col < p.ncols; col++) {
    if (!(a.mask & (1 << col))) continue;
    const slot = row * p.ncols + col;
    for (let at = p.starts[slot]!; at + a.words.length <= p.starts[slot + 1]!; at++) if (phraseAt(p, slot, at, a)) return true;
  }
  return false;
}

// Once the rows left are this many times fewer than a term's places or rows, the term is checked
// in each of them rather than by its postings: a code's rare word, then "yes" in thousands of rows.
const CHECK_RATIO = 16;

/**
 * The first `limit` rows (rowids, ascending) matching every term, each any of its alternatives;
 * null when not decided here. Terms are taken rarest first: each marks, among the rows every term
 * before marked, the rows where one of its alternatives matches; once few rows are left, the
 * other terms are checked in them.
 */
export function matchRows(db: Codebook, terms: readonly (readonly Alternative[])[], limit: number): number[] | null {
  const p = postingsIndex(db);
  if (p === null || terms.length === 0 || terms.length > 255) return null;
  const compiled: { alts: Compiled[]; cost: number }[] = [];
  for (const alts of terms) {
    const c: Compiled[] = [];
    let cost = 0;
    for (const a of alts) {
      const x = compile(p, a);
      if (x === undefined) return null;
      if (x === null) continue;
      c.push(x);
      cost += x.cost;
    }
    if (c.length === 0) return [];
    compiled.push({ alts: c, cost });
  }
  compiled.sort((a, b) => a.cost - b.cost);
  const listed: number[] = [];
  let first = 0;
  let marked = 0;
  for (let alive = Infinity; marked < compiled.length && compiled[marked]!.cost <= alive * CHECK_RATIO; marked++) {
    alive = 0;
    for (const a of compiled[marked]!.alts) alive += mark(p, a, marked, marked + 1, marked === 0 ? listed : null);
    if (marked === 0) first = alive;
  }
  const check = compiled.slice(marked);
  const out: number[] = [];
  const { marks } = p;
  const matches = (row: number) => marks[row] === marked && (check.length === 0 || check.every((t) => t.alts.some((a) => inRow(p, row, a))));
  // Rows in ascending order: a few listed and sorted, many read off the marks.
  if (first <= LISTED) {
    listed.sort((a, b) => a - b);
    for (let i = 0; i < listed.length && out.length < limit; i++) if (matches(listed[i]!)) out.push(listed[i]!);
    for (const r of listed) marks[r] = 0;
  } else {
    for (let row = 0; row < marks.length && out.length < limit; row++) if (marks[row] === marked && matches(row)) out.push(row);
    marks.fill(0);
  }
  return out;
}
