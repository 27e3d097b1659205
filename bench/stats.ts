// Latency samples and their percentiles (nearest rank).
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))]!;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function summarize(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
}

/** Runs `fn` on every query `rounds` times (after one untimed warm-up pass) and returns the times. */
export function timeEach<Q>(queries: Q[], rounds: number, fn: (q: Q) => unknown): number[] {
  for (const q of queries) fn(q);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      fn(q);
      out.push(performance.now() - t);
    }
  }
  return out;
}
