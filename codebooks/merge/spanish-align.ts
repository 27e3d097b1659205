// Order-preserving alignment of two question lists (English PDF, Spanish PDF) that keeps only
// the pairs it is sure of. An omitted question must not shift its neighbours: each pair of the
// best alignment carries a margin, how much worse the best alignment WITHOUT that pair is; a
// pair the evidence does not single out (margin below MIN_MARGIN) is left out.

/** Score of skipping one question on either side. */
export const GAP = -0.5;
/** A pair is kept only when every alignment without it scores at least this much less. */
export const MIN_MARGIN = 0.5;

export interface AlignedPair {
  en: number;
  es: number;
  margin: number;
}

/**
 * `score(i, j)`: evidence that English question i and Spanish question j are the same question,
 * or null when they cannot be (different number of printed answers, different printed ID).
 */
export function alignSure(n: number, m: number, score: (i: number, j: number) => number | null): { pairs: AlignedPair[]; score: number } {
  return alignScored(n, m, scoreRows(0, n, m, score));
}

/** Rows `from`..`to` of the score matrix, row by row (-Infinity where a pair cannot be one question). */
export function scoreRows(from: number, to: number, m: number, score: (i: number, j: number) => number | null): Float64Array {
  const S = new Float64Array((to - from) * m).fill(-Infinity);
  for (let i = from; i < to; i++) for (let j = 0; j < m; j++) S[(i - from) * m + j] = score(i, j) ?? -Infinity;
  return S;
}

/** alignSure from the whole score matrix `S` (n rows of m, as scoreRows makes them). */
export function alignScored(n: number, m: number, S: Float64Array): { pairs: AlignedPair[]; score: number } {
  const w = m + 1;
  // F: best score of en[0..i) with es[0..j); B: best score of en[i..n) with es[j..m).
  const F = new Float64Array((n + 1) * w);
  const B = new Float64Array((n + 1) * w);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 || j === 0) F[i * w + j] = (i + j) * GAP;
      else F[i * w + j] = Math.max(F[(i - 1) * w + j - 1]! + S[(i - 1) * m + j - 1]!, F[(i - 1) * w + j]! + GAP, F[i * w + j - 1]! + GAP);
    }
  }
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n || j === m) B[i * w + j] = (n - i + m - j) * GAP;
      else B[i * w + j] = Math.max(S[i * m + j]! + B[(i + 1) * w + j + 1]!, B[(i + 1) * w + j]! + GAP, B[i * w + j + 1]! + GAP);
    }
  }
  const best = F[n * w + m]!;
  const through = (i: number, j: number) => F[i * w + j]! + S[i * m + j]! + B[(i + 1) * w + j + 1]!;
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = F[i * w + j]!;
    if (here === F[(i - 1) * w + j - 1]! + S[(i - 1) * m + j - 1]!) {
      pairs.push({ en: i - 1, es: j - 1, margin: 0 });
      i--, j--;
    } else if (here === F[(i - 1) * w + j]! + GAP) i--;
    else j--;
  }
  pairs.reverse();
  for (const p of pairs) {
    // Every alignment without (en, es) either skips `en` or pairs it with another Spanish question.
    let alt = -Infinity;
    for (let j = 0; j <= m; j++) {
      alt = Math.max(alt, F[p.en * w + j]! + GAP + B[(p.en + 1) * w + j]!);
      if (j < m && j !== p.es) alt = Math.max(alt, through(p.en, j));
    }
    p.margin = best - alt;
  }
  return { pairs, score: best / Math.max(1, n, m) };
}
