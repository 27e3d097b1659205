// Concept lookup (F6) without React: what counts as an ID or code, and resolving one.
import { describe, expect, it } from 'vitest';
import type { ItemDetail } from '../../../electron/contract/models';
import { looksLikeIdOrCode } from '../../../renderer/src/features/lookup/lookup';
import { createLookupStore } from '../../../renderer/src/features/lookup/lookup-store';

describe('looksLikeIdOrCode', () => {
  it.each(['1585860', 'Smoking_SmokeFrequency', 'smoking_smokefrequency', 'TheBasics', ' 43529712 '])('takes %j', (s) => expect(looksLikeIdOrCode(s)).toBe(true));
  it.each(['', 'smoking', 'how often', '12', 'a b_c', 'x'.repeat(200), '<script>'])('leaves %j to the search', (s) => expect(looksLikeIdOrCode(s)).toBe(false));
});

describe('lookup store', () => {
  const item = { code: 'Smoking_SmokeFrequency', conceptId: 1585860 } as ItemDetail;

  it('resolves a known ID to its route value and remembers it', async () => {
    const asked: string[] = [];
    const store = createLookupStore(async (s) => (asked.push(s), item));
    expect(await store.getState().resolve(' 1585860 ')).toBe('1585860');
    expect(asked).toEqual(['1585860']);
    expect(store.getState()).toMatchObject({ status: 'found', target: '1585860', text: '1585860' });
  });

  it('answers null for an unknown code, a failing lookup or plain words, without asking for words', async () => {
    const asked: string[] = [];
    const none = createLookupStore(async (s) => (asked.push(s), null));
    expect(await none.getState().resolve('No_SuchCode')).toBeNull();
    expect(none.getState().status).toBe('not-found');
    const failing = createLookupStore(async () => Promise.reject(new Error('down')));
    expect(await failing.getState().resolve('1585860')).toBeNull();
    expect(await none.getState().resolve('cigarettes')).toBeNull();
    expect(asked).toEqual(['No_SuchCode']);
  });
});
