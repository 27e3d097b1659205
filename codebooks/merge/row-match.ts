// Grid rows: instruments print a stem once ("DURING THE PAST 12 MONTHS, was there any time when
// you needed any of the following...?") and each row under it alone ("Eyeglasses"), while the
// codebook words each row as its own question (stem + row). A printed row is that question when
// exactly one question of the module ends with the row's words after a stem of its own.
import { similarity, words, type MatchCandidate } from './text-match';

/** The stem before the row must have at least this many words. */
const MIN_STEM_WORDS = 3;
/** A row's words may differ slightly from the tail of the codebook wording ("Follow-up"/"followup"). */
const TAIL_THRESHOLD = 0.85;

/** Each candidate's words (computed once by words()). */
const candidateWords = (c: MatchCandidate): readonly string[] => words(c.text);

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
  if (exact.length === 1) return { key: exact[0]!.key, score: 1 };
  if (exact.length > 1 || tail.length < 3) return null;
  const near = candidates
    .map((c) => {
      const w = candidateWords(c);
      if (w.length < tail.length + MIN_STEM_WORDS) return null;
      return { key: c.key, score: similarity(w.slice(w.length - tail.length).join(' '), tail.join(' ')) };
    })
    .filter((h): h is { key: string; score: number } => !!h && h.score >= TAIL_THRESHOLD);
  return near.length === 1 ? near[0]! : null;
}
