// The benchmark's printed table: engines as rows, the two databases side by side.
import type { Latency } from './stats';

export interface EngineRow {
  name: string;
  bundled: Latency | null;
  synthetic: Latency | null;
}

const ms = (v: number | undefined) => (v == null || Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)).padStart(7);
const ratio = (a: number | undefined, b: number | undefined) => (a == null || b == null || !b ? '-' : `${(a / b).toFixed(1)}×`).padStart(8);

function cells(l: Latency | null, ours: Latency | null, isOurs: boolean): string {
  const r = isOurs ? ' '.repeat(16) : ratio(l?.p50, ours?.p50) + ratio(l?.p95, ours?.p95);
  return `${ms(l?.p50)}${ms(l?.p95)}${ms(l?.p99)}${r}`;
}

/** The first row is ours; `ref` is what the baselines' ratios divide by (ours on their queries). */
export function latencyTable(rows: EngineRow[], bundledLabel: string, syntheticLabel: string, ref: EngineRow = rows[0]!): string {
  const ours = rows[0]!;
  const w = 34;
  const head = `${'p50'.padStart(7)}${'p95'.padStart(7)}${'p99'.padStart(7)}${'÷ p50'.padStart(8)}${'÷ p95'.padStart(8)}`;
  const lines = [
    `${''.padEnd(w)}${bundledLabel.padEnd(head.length + 4)}${syntheticLabel}`,
    `${'latency, ms'.padEnd(w)}${head}    ${head}`,
  ];
  for (const r of rows) lines.push(`${r.name.padEnd(w)}${cells(r.bundled, ref.bundled, r === ours)}    ${cells(r.synthetic, ref.synthetic, r === ours)}`);
  return lines.join('\n');
}

export function factTable(facts: [string, string, string][], bundledWidth: number): string {
  return facts.map(([k, a, b]) => `${k.padEnd(34)}${a.padEnd(bundledWidth)}${b}`).join('\n');
}
