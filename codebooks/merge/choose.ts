import type { Provenance } from '../model/records';
import { looseText, type Conflict } from './conflicts';
import type { SourceIndex } from './sources-index';

/** One source's value for one field of one subject; `chosen` marks the value the build kept. */
export interface Fact {
  field: string;
  value: string;
  prov: Provenance;
  chosen: boolean;
}

export interface Candidate<T> {
  value: T | null | undefined;
  prov: Provenance;
  /** From a record that gave another concept's code (retie-by-concept-id.ts): ranks below every other. */
  last?: boolean;
}

const LAST = 1e12;

/**
 * Picks the best-ranked value of a field and keeps every source's value as a fact. Each other
 * distinct value becomes a conflict (texts compared loosely when `loose`).
 */
export function choose<T extends string | number | boolean>(
  subject: string,
  field: string,
  candidates: Candidate<T>[],
  index: SourceIndex,
  conflicts: Conflict[],
  loose = false,
): { value: T | null; facts: Fact[] } {
  // Called for every field of every item: one pass, and no sort for a single value.
  const ranked: { c: { value: T; prov: Provenance }; i: number; r: number }[] = [];
  for (const c of candidates) {
    if (c.value !== null && c.value !== undefined && c.value !== '') ranked.push({ c: c as { value: T; prov: Provenance }, i: ranked.length, r: index.rank(field, c.prov) + (c.last ? LAST : 0) });
  }
  if (ranked.length === 0) return { value: null, facts: [] };
  if (ranked.length > 1) ranked.sort((a, b) => a.r - b.r || a.i - b.i);
  const present = ranked.map((x) => x.c);
  const best = present[0]!;
  const norm = (v: T) => (loose && typeof v === 'string' ? looseText(v) : String(v));
  const seen = new Set([norm(best.value)]);
  const facts: Fact[] = [];
  const factSeen = new Set<string>();
  for (const c of present) {
    const key = `${c.prov.source}\u0000${String(c.value)}`;
    if (!factSeen.has(key)) {
      factSeen.add(key);
      facts.push({ field, value: String(c.value), prov: c.prov, chosen: c === best });
    }
    const n = norm(c.value);
    if (seen.has(n)) continue;
    seen.add(n);
    conflicts.push({
      subject,
      field,
      chosen: String(best.value),
      chosenSource: best.prov,
      other: String(c.value),
      otherSource: c.prov,
    });
  }
  return { value: best.value, facts };
}
