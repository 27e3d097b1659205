// The outline's filter and keyboard moves, on made-up rows.
import { afterEach, describe, expect, it } from 'vitest';
import type { OutlineRow } from '../../../electron/contract/models';
import { filterOutline, itemKey, parentIndexes } from '../../../renderer/src/features/outline/outline-filter';
import { moveActive, useOutlineStore } from '../../../renderer/src/features/outline/outline-store';

const row = (depth: number, code: string, en: string, es: string | null = null, conceptId: number | null = null): OutlineRow => ({
  depth, kind: depth === 0 ? 'topic' : 'question', conceptId, code, text: { en, es }, fieldType: null, answerCount: 0, sourceCount: 0, condition: null,
});

const rows = [
  row(0, 'MadeUp_Topic', 'Made-up topic'),
  row(1, 'MadeUp_Q1', 'Have you smoked?', '¿Ha fumado?', 9001),
  row(2, 'MadeUp_Q1a', 'How often?', '¿Con qué frecuencia?'),
  row(1, 'MadeUp_Q2', 'Coffee', 'Café'),
  row(0, 'MadeUp_Other', 'Other'),
];

describe('outline', () => {
  afterEach(() => useOutlineStore.setState({ slug: null, query: '', active: 0 }));

  it('finds each row’s parent', () => {
    expect(parentIndexes(rows)).toEqual([-1, 0, 1, 0, -1]);
  });

  it('filters by words (accent-insensitive, EN or ES) or code, keeping ancestors as context', () => {
    const f = filterOutline(rows, 'frecuencia');
    expect(f.shown).toEqual([0, 1, 2]);
    expect([...f.matches]).toEqual([2]);
    expect(filterOutline(rows, 'cafe').shown).toEqual([0, 3]);
    expect(filterOutline(rows, 'madeup_q1a').shown).toEqual([0, 1, 2]);
    expect(filterOutline(rows, '9001').shown).toEqual([0, 1]);
    expect(filterOutline(rows, 'smoked often').shown).toEqual([]);
    expect(filterOutline(rows, '  ').shown).toEqual([0, 1, 2, 3, 4]);
  });

  it('moves with the keys among shown rows', () => {
    const shown = [0, 1, 2, 3, 4];
    const parents = parentIndexes(rows);
    expect(moveActive(shown, 1, 'ArrowDown', parents)).toBe(2);
    expect(moveActive(shown, 0, 'ArrowUp', parents)).toBe(0);
    expect(moveActive(shown, 2, 'ArrowLeft', parents)).toBe(1);
    expect(moveActive(shown, 1, 'ArrowRight', parents)).toBe(2);
    expect(moveActive(shown, 3, 'ArrowRight', parents)).toBe(3);
    expect(moveActive(shown, 1, 'End', parents)).toBe(4);
    expect(moveActive([0, 3], 3, 'ArrowUp', parents)).toBe(0);
  });

  it('keeps the filter when the same survey reopens, resets it for another', () => {
    const s = useOutlineStore.getState();
    s.open('made-up');
    s.setQuery('x');
    s.setActive(3);
    useOutlineStore.getState().open('made-up');
    expect(useOutlineStore.getState()).toMatchObject({ query: 'x', active: 3 });
    useOutlineStore.getState().open('other');
    expect(useOutlineStore.getState()).toMatchObject({ query: '', active: 0 });
    expect(itemKey({ code: null, conceptId: 5 })).toBe('5');
  });
});
