// Grid rows: instruments print a stem once ("DURING THE PAST 12 MONTHS, was there any time when
// you needed any of the following...?") and each row under it alone ("Eyeglasses"), while the
// codebook words each row as its own question (stem + row). A printed row is that question when
// exactly one question of the module ends with the row's words after a stem of its own.
import { words, type MatchCandidate } from './text-match';

/** The stem before the row must have at least this many words. */
const MIN_STEM_WORDS = 3;
/** A row's words may differ slightly from the tail of the codebook wording ("Follow-up"/"followup"). */
const TAIL_THRESHOLD = 0.85;

/** Each candidate's words (computed once by words()). */
const candidateWords = (c: MatchCandidate): readonly string[] => words(c.text);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (whole.length < tail.length + MIN_STEM_WORDS) return false;
  const off = whole.length - tail.length;
  return tail.every((w, i) => whole[off + i] === w);
}

/** The one candidate whose wording is a stem followed by the row, or null (none, or several). */
export function rowMatch(row: string, candidates: MatchCandidate[]): { key: string; score: number } | null {
  const tail = words(row);
  if (tail.length === 0) return null;
  const exact = candidates.filter((c) => endsWith(candidateWords(c), tail));
  // A question worded as the row alone may be this row (HCAU ES p.5 "¿Un quiropráctico?" is the
  // Spanish of SpokenToChiropractor, and also the end of ChiropractorVisits' wording): no sure tie.
  if (candidates.some((c) => sameWords(candidateWords(c), tail))) return null;
  if (exact.length === 1) return { key: exact[0]!.key, score: 1 };
  if (exact.length > 1) return oneAfterStem(exact, tail);
  if (tail.length < 3) return null;
  const grams = bigramCounts(tail, 0);
  const near = candidates
    .map((c) => {
      const w = candidateWords(c);
      if (w.length < tail.length + MIN_STEM_WORDS) return null;
      return { key: c.key, score: tailSimilarity(w, tail, grams) };
    })
    .filter((h): h is { key: string; score: number } => !!h && h.score >= TAIL_THRESHOLD);
  return near.length === 1 ? near[0]! : null;
}

/**
 * Of several wordings ending with the row, the one question where the row comes whole after the
 * stem's end (":", "?", "…"): "…couldn't afford it: Eyeglasses", not "…(someone who prescribes
 * eyeglasses)?" (HCAU English p.12 prints the row "Eyeglasses" alone).
 */
function oneAfterStem(exact: MatchCandidate[], tail: readonly string[]): { key: string; score: number } | null {
  const keys = new Set<string>();
  for (const c of exact) {
    const body = c.text.replace(/[\s?.!]+$/, '');
    const dots = body.lastIndexOf('...');
    const cut = Math.max(body.lastIndexOf(':'), body.lastIndexOf('?'), body.lastIndexOf('…'), dots < 0 ? -1 : dots + 2);
    const row = words(body.slice(cut + 1));
    if (cut >= 0 && row.length === tail.length && row.every((w, i) => w === tail[i])) keys.add(c.key);
  }
  const [only] = keys;
  return keys.size === 1 ? { key: only!, score: 1 } : null;
}

function bigramCounts(w: readonly string[], from: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i + 1 < w.length; i++) {
    const g = `${w[i]} ${w[i + 1]}`;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/**
 * similarity() of the last |tail| words of `whole` with `tail` (3 words or more), from the words
 * themselves: the same Dice coefficient over word bigrams, without joining and re-reading them.
 */
function tailSimilarity(whole: readonly string[], tail: readonly string[], tailGrams: Map<string, number>): number {
  const off = whole.length - tail.length;
  if (tail.every((w, i) => whole[off + i] === w)) return 1;
  // Σ min(count in the tail, count in whole's end) over the bigrams: each of whole's end takes one of the tail's left.
  const left = new Map(tailGrams);
  const grams = bigramsOf(whole);
  let common = 0;
  for (let i = off; i < grams.length; i++) {
    const n = left.get(grams[i]!);
    if (n) {
      common++;
      left.set(grams[i]!, n - 1);
    }
  }
  return (2 * common) / (2 * (tail.length - 1));
}

// A module's wordings are scored against each printed row: their bigrams are made once (words() gives one array per wording).
const bigramsByWords = new WeakMap<readonly string[], readonly string[]>();
function bigramsOf(w: readonly string[]): readonly string[] {
  let g = bigramsByWords.get(w);
  if (!g) bigramsByWords.set(w, (g = w.slice(1).map((x, i) => `${w[i]} ${x}`)));
  return g;
}
