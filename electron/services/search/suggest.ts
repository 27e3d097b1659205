// "Did you mean": when a text query finds nothing, each word that is not an indexed word is
// replaced by its closest indexed words: candidates share trigrams with it (search_trigrams,
// built with the database, read into memory once: vocab.ts), then are ranked by edit distance,
// then by how many rows hold them.
import { foldWord, trigramsOf } from '../../../codebooks/write/search-words';
import type { Codebook } from '../store';
import { editDistance } from './edit-distance';
import type { ParsedQuery } from './fts-query';
import { termsSharingTrigrams, vocabHas, vocabHasPrefix } from './vocab';

interface Candidate {
  term: string;
  display: string;
  docs: number;
  distance: number;
}

/** Words shorter than this, or with digits, are left as typed (codes, numbers, "of"). */
const MIN_WORD = 3;
const MAX_SUGGESTIONS = 5;

const maxDistance = (w: string) => (w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3);

/**
 * `folded`: looked up as the index holds it ("padecía" as "padecia"). Suggestions look words up
 * as typed, so an accented word in a language filter that lacks it ("depresión", English) gets
 * the other language's spelling ("depression").
 */
function isKnown(db: Codebook, typed: string, asPrefix: boolean, folded = false): boolean {
  if (typed.length < MIN_WORD || /\d/.test(typed)) return true;
  const word = folded ? foldWord(typed) : typed;
  return asPrefix ? vocabHasPrefix(db, word) : vocabHas(db, word);
}

const closer = (a: Candidate, b: Candidate) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1);

/**
 * The `limit` nearest of the candidates sharing trigrams, by distance, then frequency, then term.
 * Once `limit` are kept, a candidate farther than the last kept cannot enter: its distance is
 * computed only up to that bound (the same list as sorting all of them, with less work).
 */
export function closestTerms(db: Codebook, typed: string, limit = MAX_SUGGESTIONS): Candidate[] {
  if (limit <= 0) return [];
  const word = foldWord(typed);
  const max = maxDistance(word);
  const kept: Candidate[] = [];
  for (const r of termsSharingTrigrams(db, trigramsOf(word), word.length - max, word.length + max, 200)) {
    if (r.term === word) continue;
    const bound = kept.length === limit ? kept[limit - 1]!.distance : max;
    const distance = editDistance(word, r.term, bound);
    if (distance > bound) continue;
    const c = { term: r.term, display: r.display, docs: r.docs, distance };
    let at = kept.length;
    while (at > 0 && closer(c, kept[at - 1]!) < 0) at--;
    if (at < limit) {
      kept.splice(at, 0, c);
      if (kept.length > limit) kept.pop();
    }
  }
  return kept;
}

/** One candidate stands out: nearer than the next, or as near and far more frequent. */
function standsOut(c: Candidate[]): boolean {
  return c.length === 1 || (c.length > 1 && (c[0]!.distance < c[1]!.distance || c[0]!.docs >= 5 * c[1]!.docs));
}

export interface Suggestions {
  /** Whole-query suggestions, best first, each finding something. */
  queries: string[];
  /** The first suggestion, when every corrected word had one clear correction: shown at once. */
  clear: string | null;
}

/** Some word of the query is not an indexed word (nor, the last one while typed, the start of one). */
export function hasUnknownWord(db: Codebook, parsed: ParsedQuery): boolean {
  const words = parsed.terms.flat();
  return words.some((w, i) => !isKnown(db, w, i === words.length - 1 && parsed.lastIsPrefix, true));
}

/**
 * Whole-query suggestions: the query with its unknown words corrected, best first. `finds` says
 * whether a suggested query would find something, so no suggestion leads to "no results" again;
 * `vocabFinds`: an indexed word alone is known to find something, and is not asked.
 */
export function suggestQueries(db: Codebook, parsed: ParsedQuery, finds: (q: string) => boolean, vocabFinds = false): Suggestions {
  const words = parsed.terms.flat();
  const lastIndex = words.length - 1;
  const candidates = words.map((w, i) => (isKnown(db, w, i === lastIndex && parsed.lastIsPrefix) ? null : closestTerms(db, w)));
  const options = words.map((w, i) => candidates[i]?.map((c) => c.display) ?? [w]);
  if (candidates.every((c) => c === null) || options.some((o) => o.length === 0)) return { queries: [], clear: null };
  const out: string[] = [];
  const best = options.map((o) => o[0]!);
  // Vary one corrected word at a time around the best combination.
  for (let i = 0; i < options.length; i++) {
    for (const alt of options[i]!) {
      const q = best.map((w, j) => (j === i ? alt : w)).join(' ');
      if (!out.includes(q) && out.length < MAX_SUGGESTIONS * 2) out.push(q);
    }
  }
  // Asked in order until MAX_SUGGESTIONS find something: each ask is a full-text statement.
  const queries: string[] = [];
  for (const q of out) {
    if (queries.length >= MAX_SUGGESTIONS) break;
    if ((vocabFinds && words.length === 1) || finds(q)) queries.push(q);
  }
  const clear = queries[0] === best.join(' ') && candidates.every((c) => c === null || standsOut(c)) ? queries[0]! : null;
  return { queries, clear };
}
