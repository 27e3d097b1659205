// The merge's list helpers, on made-up values.
import { describe, expect, it } from 'vitest';
import { keepInPlace, push } from '../../../codebooks/merge/group';

describe('group helpers', () => {
  it('push groups values under their key, in order', () => {
    const m = new Map<string, number[]>();
    push(m, 'a', 1);
    push(m, 'b', 2);
    push(m, 'a', 3);
    expect([...m]).toEqual([['a', [1, 3]], ['b', [2]]]);
  });

  it('keepInPlace keeps the accepted elements in order, in the same array, however long', () => {
    const list = Array.from({ length: 300_000 }, (_, i) => i);
    const same = list;
    keepInPlace(list, (x) => x % 3 === 1);
    expect(list).toBe(same);
    expect(list.length).toBe(100_000);
    expect(list.slice(0, 3)).toEqual([1, 4, 7]);
    expect(list.at(-1)).toBe(299_998);
    keepInPlace(list, () => false);
    expect(list).toEqual([]);
  });
});
