// A print that holds an item's whole wording in at most two long runs, with sentences of its own
// between them (COPE May 2020 English prints IPAQ's moderate-activity question with the preamble's
// middle sentences the codebook leaves out) is below the wording match's threshold but is that item.
import { words, type MatchCandidate } from './text-match';

/** Fewest words of an item's wording for it to identify a print by being inside it. */
export const WHOLE_WORDS = 12;
/** Fewest words of each run: "MORE than … 50 people" inside "MORE than 10 people but LESS than 50 people" is no run. */
export const RUN_WORDS = 5;
const MAX_RUNS = 2;

/** Longest stretch of `inner` from `at` printed word for word in `outer` from `from` on: [start in outer, length]. */
function longestRun(inner: readonly string[], at: number, outer: readonly string[], from: number): [number, number] {
  let best: [number, number] = [-1, 0];
  for (let j = from; j < outer.length; j++) {
    let n = 0;
    while (at + n < inner.length && j + n < outer.length && outer[j + n] === inner[at + n]) n++;
    if (n > best[1]) best = [j, n];
  }
  return best;
}

/** `inner` is printed in `outer` in order, in at most MAX_RUNS runs of RUN_WORDS words or more. */
export function inLongRuns(inner: readonly string[], outer: readonly string[]): boolean {
  let [at, from, runs] = [0, 0, 0];
  while (at < inner.length) {
    const [start, n] = longestRun(inner, at, outer, from);
    if (n < RUN_WORDS || ++runs > MAX_RUNS) return false;
    [at, from] = [at + n, start + n];
  }
  return true;
}

/** The one item (by key) whose whole wording, of WHOLE_WORDS words or more, the print holds so; null if none or several. */
export function wholeWordingIn(printed: string, candidates: MatchCandidate[]): string | null {
  const p = words(printed);
  const have = new Set(p);
  const keys = new Set<string>();
  for (const c of candidates) {
    const w = words(c.text);
    // Every word printed somewhere first: most candidates fail here, before the runs are sought.
    if (w.length >= WHOLE_WORDS && w.length <= p.length && w.every((x) => have.has(x)) && inLongRuns(w, p)) keys.add(c.key);
  }
  return keys.size === 1 ? [...keys][0]! : null;
}
