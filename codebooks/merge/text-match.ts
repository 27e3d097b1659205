// Tolerant comparison of question wordings printed in documents with the codebook's text:
// case, accents, punctuation, quotes, hyphenation and spacing do not matter; word overlap does.

export function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)-\s*(\w)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Dice coefficient over word bigrams (single words for very short texts), 0..1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  if (wa.join(' ') === wb.join(' ')) return 1;
  const grams = (w: string[]) => (w.length < 3 ? w : w.slice(1).map((x, i) => `${w[i]} ${x}`));
  const ga = grams(wa);
  const gb = new Map<string, number>();
  for (const g of grams(wb)) gb.set(g, (gb.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of ga) {
    const n = gb.get(g) ?? 0;
    if (n > 0) {
      common++;
      gb.set(g, n - 1);
    }
  }
  return (2 * common) / (ga.length + grams(wb).length);
}

export interface MatchCandidate {
  key: string;
  text: string;
}

/** The best candidate at or above `threshold`, with its score. */
export function bestMatch(text: string, candidates: MatchCandidate[], threshold: number): { key: string; score: number } | null {
  let best: { key: string; score: number } | null = null;
  for (const c of candidates) {
    const score = similarity(text, c.text);
    if (score >= threshold && (!best || score > best.score)) best = { key: c.key, score };
  }
  return best;
}
