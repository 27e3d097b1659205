// Optimal string alignment distance (Levenshtein plus adjacent swaps: "cigaretet" → "cigarette"
// costs 1). With a `max`, only the diagonal band |i - j| <= max is computed (a cell outside it
// is more than max anyway) and the row loop exits once every cell exceeds `max`; a distance above
// `max` is reported as max + 1. A misspelled word is compared with up to 200 candidates per
// keystroke: three rows in one reused array, rotated by offset, nothing allocated per call or row.
let cells = new Int32Array(3 * 64);

export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const band = Math.min(n + a.length, max);
  const far = band + 1; // stands for any value above max outside the band
  const w = n + 2;
  if (cells.length < 3 * w) cells = new Int32Array(3 * w);
  const c = cells;
  // Row offsets: two rows back, the previous row, the current row.
  let p2 = 0;
  let p = w;
  let r = 2 * w;
  for (let j = 0; j <= n; j++) c[p + j] = j <= band ? j : far;
  c[p + n + 1] = far;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    const lo = i - band > 1 ? i - band : 1;
    const hi = i + band < n ? i + band : n;
    c[r + lo - 1] = lo === 1 ? i : far;
    let best = c[r + lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = c[p + j - 1]! + (ai === bj ? 0 : 1);
      const up = c[p + j]! + 1;
      if (up < d) d = up;
      const left = c[r + j - 1]! + 1;
      if (left < d) d = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const swap = c[p2 + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      c[r + j] = d;
      if (d < best) best = d;
    }
    c[r + hi + 1] = far;
    if (best > max) return max + 1;
    const t = p2;
    p2 = p;
    p = r;
    r = t;
  }
  return c[p + n]! > max ? max + 1 : c[p + n]!;
}
