// The options of the search palette, in order: the hits, then "search instead for" the words as
// typed (when the hits are those of a corrected misspelling), each "did you mean" suggestion,
// then "all results" (the full results page). Arrow keys move through this one list.
import type { SearchHit, SearchResult } from '../../../../electron/contract/models';

export type PaletteOption =
  | { type: 'hit'; id: string; hit: SearchHit }
  | { type: 'literal'; id: string; query: string }
  | { type: 'suggestion'; id: string; text: string }
  | { type: 'all'; id: string; query: string };

/** A hit's stable key and the value its detail route takes: the code when it has one, else the ID. */
export function hitTarget(hit: Pick<SearchHit, 'code' | 'conceptId'>): string {
  return hit.code ?? String(hit.conceptId ?? '');
}

/** The same plain data (JSON values): a hit the next keystroke finds again, shown the same way. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `previous`: the options on screen. A hit option equal to the one at its place there is that
 * same object, so its memoized row is not rendered again and its DOM is not touched (a keystroke
 * that only extends a word usually changes few rows).
 */
export function paletteOptions(query: string, result: SearchResult | null, previous: readonly PaletteOption[] = []): PaletteOption[] {
  if (!result || query.trim() === '') return [];
  const out: PaletteOption[] = result.hits.map((hit, i) => {
    const was = previous[i];
    return was?.type === 'hit' && sameData(was.hit, hit) ? was : { type: 'hit', id: `hit-${i}`, hit };
  });
  if (result.corrected) out.push({ type: 'literal', id: 'literal', query });
  result.suggestions.forEach((text, i) => out.push({ type: 'suggestion', id: `suggestion-${i}`, text }));
  if (result.hits.length > 0) out.push({ type: 'all', id: 'all', query });
  return out;
}

/** An exact concept ID or code hit: the concept lookup (F6) opens it on Enter or on paste. */
export function isExactHit(hit: Pick<SearchHit, 'match'>): boolean {
  return hit.match === 'concept-id' || hit.match === 'code';
}
