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
export function bestMatch(text: string, candidates: MatchCandidate[], threshold: number): { key: string; score: number; tied?: boolean } | null {
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
