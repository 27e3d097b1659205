// How many palette rows a keystroke renders (rows-in-view.ts): the list's height over its shortest
// row, rounded up for the row cut at the bottom; nothing measured gives no answer.
import { describe, expect, it } from 'vitest';
import { rowsThatFit, shortestPossibleRow } from '../../../renderer/src/features/search/rows-in-view';

describe('rowsThatFit', () => {
  it('divides the list by its shortest row, rounding up for a part-row', () => {
    // 455 px of list (70vh at 720 px less padding), rows of 69, 89 and 110 px: 455 / 69 = 6.6.
    expect(rowsThatFit(455, [89, 69, 110])).toBe(7);
    expect(rowsThatFit(460, [46])).toBe(10);
    expect(rowsThatFit(461, [46])).toBe(11);
  });

  it('ignores rows not laid out and gives null when nothing was measured', () => {
    expect(rowsThatFit(455, [0, 91])).toBe(5);
    expect(rowsThatFit(455, [])).toBeNull();
    expect(rowsThatFit(0, [69])).toBeNull();
    expect(rowsThatFit(455, [0])).toBeNull();
  });
});

describe('shortestPossibleRow', () => {
  it('adds the row chrome, the shortest meta line and one shortest text line per language', () => {
    // Made-up heights: rows of 89 and 110 px whose texts wrap, a one-line text of 20 px among them.
    expect(shortestPossibleRow(13, [16, 32], [40, 20, 60, 40], 2)).toBe(13 + 16 + 2 * 20);
    expect(shortestPossibleRow(13, [16], [20], 1)).toBe(49);
  });

  it('gives no answer without a meta line, a text or a language', () => {
    expect(shortestPossibleRow(13, [], [20], 2)).toBeNull();
    expect(shortestPossibleRow(13, [16], [0], 2)).toBeNull();
    expect(shortestPossibleRow(13, [16], [20], 0)).toBeNull();
  });
});
