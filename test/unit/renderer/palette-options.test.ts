// The palette keeps the option objects of rows an answer shows again (their memoized rows are not
// rendered again): only an equal hit at the same place may be kept; anything changed is new.
// Hits here are made up: the helper's rule does not depend on real data.
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResult } from '../../../electron/contract/models';
import { paletteOptions, sameData } from '../../../renderer/src/features/search/palette-options';

const madeUpHit = (over: Partial<SearchHit> = {}): SearchHit => ({
  kind: 'question',
  conceptId: 11,
  code: 'MadeUp_Question',
  survey: { slug: 'made-up', conceptId: 10, name: 'Made-up survey' },
  text: { en: 'A made-up question?', es: '¿Una pregunta inventada?' },
  snippet: 'A <mark>made</mark>-up question?',
  score: 2,
  match: 'text',
  ...over,
});
const answer = (hits: SearchHit[], extra: Partial<SearchResult> = {}): SearchResult => ({ hits, suggestions: [], tookMs: 1, ...extra });

describe('palette options kept across answers', () => {
  it('keeps the object of an equal hit at the same place, and only that', () => {
    const first = paletteOptions('made', answer([madeUpHit(), madeUpHit({ code: 'MadeUp_Other', conceptId: 12 })]));
    const next = paletteOptions('made', answer([madeUpHit(), madeUpHit({ code: 'MadeUp_Other', conceptId: 12, snippet: 'A <mark>made-up</mark> other?' })]), first);
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]!.type === 'hit' && next[1]!.hit.snippet).toBe('A <mark>made-up</mark> other?');
  });

  it('does not keep a hit that moved, nor one whose nested data changed', () => {
    const a = madeUpHit();
    const b = madeUpHit({ code: 'MadeUp_Other', conceptId: 12 });
    const first = paletteOptions('made', answer([a, b]));
    const swapped = paletteOptions('made', answer([b, a]), first);
    expect(swapped[0]).not.toBe(first[0]);
    expect(swapped.map((o) => o.type === 'hit' && o.hit.code)).toEqual(['MadeUp_Other', 'MadeUp_Question', false]);
    const renamed = paletteOptions('made', answer([madeUpHit({ text: { en: 'A made-up question?', es: '¿Otra pregunta?' } }), b]), first);
    expect(renamed[0]).not.toBe(first[0]);
    expect(renamed[1]).toBe(first[1]);
  });

  it('compares plain data by value, arrays and objects apart', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData({ a: null }, { a: null })).toBe(true);
  });

  it('ends with the literal query of a corrected answer, suggestions, then all results', () => {
    const opts = paletteOptions('made', answer([madeUpHit()], { corrected: 'maid', suggestions: ['mad'] }));
    expect(opts.map((o) => o.id)).toEqual(['hit-0', 'literal', 'suggestion-0', 'all']);
  });
});
