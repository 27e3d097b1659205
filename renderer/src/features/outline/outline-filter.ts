// The outline's filter: accent- and case-insensitive, every word must match the row's English or
// Spanish text, its answer labels, code or concept ID. Matching rows are shown with their ancestors for context.
import type { OutlineRow } from '../../../../electron/contract/models';

import { fold } from '../../app/fold';

/** Index of each row's parent (the nearest earlier row one level up), -1 at the top. */
export function parentIndexes(rows: Pick<OutlineRow, 'depth'>[]): number[] {
  const stack: number[] = [];
  return rows.map((row, i) => {
    stack.length = Math.min(stack.length, row.depth);
    const parent = row.depth > 0 ? (stack[row.depth - 1] ?? -1) : -1;
    stack[row.depth] = i;
    return parent;
  });
}

export interface FilteredOutline {
  /** Indexes into rows, in order, of the rows to show. */
  shown: number[];
  /** Rows that match themselves (the rest are shown as context). */
  matches: Set<number>;
}

export function filterOutline(rows: OutlineRow[], query: string, parents = parentIndexes(rows)): FilteredOutline {
  const words = fold(query).split(/[\s,;]+/).filter(Boolean);
  if (words.length === 0) return { shown: rows.map((_, i) => i), matches: new Set() };
  const matches = new Set<number>();
  const keep = new Set<number>();
  rows.forEach((row, i) => {
    const hay = fold([row.text.en, row.text.es, row.answerText, row.code, row.conceptId?.toString()].filter(Boolean).join(' '));
    if (!words.every((w) => hay.includes(w))) return;
    matches.add(i);
    for (let p = i; p >= 0 && !keep.has(p); p = parents[p] ?? -1) keep.add(p);
  });
  return { shown: [...keep].sort((a, b) => a - b), matches };
}

/** Where a row's detail lives: its code, else its concept ID. */
export const itemKey = (row: Pick<OutlineRow, 'code' | 'conceptId'>): string | null => row.code ?? (row.conceptId === null ? null : String(row.conceptId));
