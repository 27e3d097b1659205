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

/**
 * Runs `fn` on every query `rounds` times, round after round, after an untimed warm-up pass (of one
 * query only when `warmAll` is false: a slow baseline's pass would double its run), and
 * returns each query's median time: on a shared machine a single run can be stalled by another
 * process, and the median of a query's runs keeps that out of the percentiles.
 */
export function timeEach<Q>(queries: Q[], rounds: number, fn: (q: Q) => unknown, warmAll = true): number[] {
  for (const q of warmAll ? queries : queries.slice(0, 1)) fn(q);
  const times: number[][] = queries.map(() => []);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      fn(q);
      times[i]!.push(performance.now() - t);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor((t.length - 1) / 2)]!);
}
