// Optimal string alignment distance (Levenshtein plus adjacent swaps: "cigaretet" → "cigarette"
// costs 1). With a `max`, only the diagonal band |i - j| <= max is computed (a cell outside it
// is more than max anyway) and the row loop exits once every cell exceeds `max`; a distance above
// `max` is reported as max + 1. A misspelled word is compared with up to 200 candidates per
// keystroke: three rows reused, no arrays made per call.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const band = Math.min(n + a.length, max);
  const far = band + 1; // stands for any value above max outside the band
  if (rows[0]!.length <= n + 1) rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j <= band ? j : far;
  prev[n + 1] = far;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    cur[lo - 1] = lo === 1 ? i : far;
    let best = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    cur[hi + 1] = far;
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]! > max ? max + 1 : prev[n]!;
}
