// The word-level LCS diff (electron/contract/word-diff.ts) on made-up wordings: case, punctuation
// and fill-in blanks are not differences; moved and inserted words are.
import { describe, expect, it } from 'vitest';
import { diffWordings, isIdenticalDiff, rebuild, tokenize, wordKey } from '../../../electron/contract/word-diff';

const kinds = (before: string, after: string) => diffWordings(before, after).map((p) => [p.kind, p.text.trim()]);

describe('word diff (LCS over words)', () => {
  it('ignores letter case and punctuation', () => {
    expect(isIdenticalDiff(diffWordings('I went, outside my home, to play.', 'i went outside MY home to play'))).toBe(true);
  });

  it('treats every fill-in blank as the same word', () => {
    expect(wordKey('____')).toBe(wordKey('[ ]'));
    expect(isIdenticalDiff(diffWordings('I am ____ years old', 'I am [ ] years old'))).toBe(true);
    expect(isIdenticalDiff(diffWordings('Visits during {Fill1: that month/Fill2: those months}?', 'Visits during ___?'))).toBe(true);
    expect(tokenize('a [ ] b').map((t) => t.key)).toEqual(['a', '<blank>', 'b']);
  });

  it('marks only the words that differ, as a longest common subsequence', () => {
    expect(kinds('the red big dog ran', 'the big red dog ran')).toEqual([
      ['same', 'the'],
      ['removed', 'red'],
      ['same', 'big'],
      ['added', 'red'],
      ['same', 'dog ran'],
    ]);
    expect(kinds('a b c', 'a x c')).toEqual([
      ['same', 'a'],
      ['removed', 'b'],
      ['added', 'x'],
      ['same', 'c'],
    ]);
  });

  it('keeps a phrase present on both sides even when punctuation around it differs', () => {
    const parts = diffWordings('Made-up: I met friends, outside my home, of LESS than 10.', 'Made-up: I met friends outside my home of fewer than 10.');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['LESS']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['fewer']);
  });

  it('rebuilds both wordings exactly from its parts', () => {
    for (const [before, after] of [
      ['Do/Does you/name now smoke', 'Do you now smoke at all'],
      ['Made-up: Sedatives, or pills  (etc.)', 'made-up sedatives or PILLS (etc.)?'],
    ] as const) {
      const parts = diffWordings(before, after);
      expect(rebuild(parts, 'before')).toBe(before);
      expect(rebuild(parts, 'after')).toBe(after);
    }
  });

  it('handles empty wordings and standalone punctuation', () => {
    expect(diffWordings('', '')).toEqual([]);
    expect(kinds('', 'new words')).toEqual([['added', 'new words']]);
    expect(kinds('old – words', '')).toEqual([['removed', 'old – words']]);
  });
});
