// Tolerant comparison of question wordings printed in documents with the codebook's text:
// case, accents, punctuation, quotes, hyphenation and spacing do not matter; word overlap does.

// The merge asks for the words of the same wordings hundreds of thousands of times: each once.
const wordsOf = new Map<string, readonly string[]>();

export function words(s: string): readonly string[] {
  let w = wordsOf.get(s);
  if (!w) {
    w = Object.freeze(
      s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/(\w)-\s*(\w)/g, '$1$2')
        .split(/[^a-z0-9]+/)
        .filter((x) => x.length > 0),
    );
    wordsOf.set(s, w);
  }
  return w;
}

interface Profile {
  joined: string;
  /** Word bigrams (single words for very short texts). */
  grams: readonly string[];
  counts: Map<string, number>;
}

// The build compares the same few thousand wordings millions of times: tokenise each once.
const profiles = new Map<string, Profile>();

function profile(s: string): Profile {
  let p = profiles.get(s);
  if (!p) {
    const w = words(s);
    const grams = w.length < 3 ? w : w.slice(1).map((x, i) => `${w[i]} ${x}`);
    const counts = new Map<string, number>();
    for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
    p = { joined: w.join(' '), grams, counts };
    profiles.set(s, p);
  }
  return p;
}

function dice(pa: Profile, pb: Profile): number {
  if (pa.grams.length === 0 || pb.grams.length === 0) return 0;
  if (pa.joined === pb.joined) return 1;
  let common = 0;
  for (const [g, n] of pa.counts) {
    const m = pb.counts.get(g);
    if (m !== undefined) common += Math.min(n, m);
  }
  return (2 * common) / (pa.grams.length + pb.grams.length);
}

/** Dice coefficient over word bigrams (single words for very short texts), 0..1. */
export function similarity(a: string, b: string): number {
  return dice(profile(a), profile(b));
}

export interface MatchCandidate {
  key: string;
  text: string;
}

/** The best candidate at or above `threshold`, with its score; `tied` when another key scores the same. */
export function bestMatch(text: string, candidates: readonly MatchCandidate[], threshold: number): { key: string; score: number; tied?: boolean } | null {
  return threshold > 0 && Object.isFrozen(candidates) ? bestMatchIndexed(text, candidates, threshold) : bestMatchScan(text, candidates, threshold);
}

/** bestMatch by scoring every candidate whose length does not rule it out, in list order. */
export function bestMatchScan(text: string, candidates: readonly MatchCandidate[], threshold: number): { key: string; score: number; tied?: boolean } | null {
  const pt = profile(text);
  const n = pt.grams.length;
  let best: { key: string; score: number; tied?: boolean } | null = null;
  for (const c of candidates) {
    const pc = profile(c.text);
    // Dice can be at most 2·min/(sum): skip candidates whose length alone rules them out.
    const m = pc.grams.length;
    if (pt.joined !== pc.joined && (2 * Math.min(n, m)) / (n + m) < Math.max(threshold, best?.score ?? 0)) continue;
    const score = dice(pt, pc);
    if (score >= threshold && (!best || score > best.score)) best = { key: c.key, score };
    else if (best && score === best.score && c.key !== best.key) best.tied = true;
  }
  return best;
}

interface GramIndex {
  /** gram → the candidates (by position) that have it, and how often each has it. */
  postings: Map<string, { at: number[]; count: number[] }>;
  /** Each candidate's number of grams. */
  sizes: number[];
}

// A frozen list (mergeSources freezes its candidate lists) cannot change: indexed by gram once.
const gramIndexOf = new WeakMap<readonly MatchCandidate[], GramIndex>();

function gramIndex(candidates: readonly MatchCandidate[]): GramIndex {
  let index = gramIndexOf.get(candidates);
  if (index) return index;
  index = { postings: new Map(), sizes: [] };
  candidates.forEach((c, at) => {
    const p = profile(c.text);
    index!.sizes.push(p.grams.length);
    for (const [g, count] of p.counts) {
      const post = index!.postings.get(g) ?? { at: [], count: [] };
      post.at.push(at);
      post.count.push(count);
      index!.postings.set(g, post);
    }
  });
  gramIndexOf.set(candidates, index);
  return index;
}

/**
 * bestMatchScan's answer from the candidates that share a gram with `text` (any other scores 0,
 * below a positive threshold): the first candidate with the highest score, `tied` when a later
 * one of another key has that score. The same integer counts make the same scores to the bit.
 */
function bestMatchIndexed(text: string, candidates: readonly MatchCandidate[], threshold: number): { key: string; score: number; tied?: boolean } | null {
  const pt = profile(text);
  const n = pt.grams.length;
  const { postings, sizes } = gramIndex(candidates);
  const common = new Map<number, number>();
  for (const [g, k] of pt.counts) {
    const post = postings.get(g);
    if (!post) continue;
    for (let i = 0; i < post.at.length; i++) common.set(post.at[i]!, (common.get(post.at[i]!) ?? 0) + Math.min(k, post.count[i]!));
  }
  let best: { at: number; score: number } | null = null;
  const scored: { at: number; score: number }[] = [];
  for (const [at, c] of common) {
    const score = (2 * c) / (n + sizes[at]!);
    if (score < threshold) continue;
    scored.push({ at, score });
    if (!best || score > best.score || (score === best.score && at < best.at)) best = { at, score };
  }
  if (!best) return null;
  const key = candidates[best.at]!.key;
  const out: { key: string; score: number; tied?: boolean } = { key, score: best.score };
  if (scored.some((s) => s.score === best.score && s.at > best.at && candidates[s.at]!.key !== key)) out.tied = true;
  return out;
}
