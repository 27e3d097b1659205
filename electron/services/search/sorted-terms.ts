// Terms sorted in JavaScript's order (code units): the ones starting with a prefix are together,
// from the first term not below it.

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The index of the first term not below `w` (the length when none). */
export function firstAtLeast(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
