// The search corpus in parts (search:corpus), on the real database: the parts, joined in order as
// the renderer joins them (fetchCorpus), are the whole corpus, each small enough to read at once.
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../electron/contract/channels';
import { PART_DOCS, searchCorpus, searchCorpusPart } from '../../../electron/services/search/corpus';
import { fetchCorpus } from '../../../renderer/src/features/search/local/load';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const noPause = { due: () => false, next: async () => {} };

describe('search corpus in parts', () => {
  it('joins back into the whole corpus, in order', async () => {
    const asked: number[] = [];
    const joined = await fetchCorpus(async (k) => (asked.push(k), searchCorpusPart(db, k)), noPause);
    const whole = searchCorpus(db);
    expect(asked.length).toBe(Math.ceil(whole.docs.length / PART_DOCS));
    expect(asked.length).toBeGreaterThan(1);
    expect(asked).toEqual(asked.map((_, i) => i));
    expect(joined).toEqual(whole);
  });

  it('keeps every part small, and each is a valid answer of the contract', () => {
    const { parts } = searchCorpusPart(db, 0);
    for (let k = 0; k < parts; k++) {
      const p = searchCorpusPart(db, k);
      expect(p.docs.length).toBeLessThanOrEqual(PART_DOCS);
      expect(JSON.stringify(p).length).toBeLessThan(1_500_000);
      expect(CONTRACT['search:corpus'].result.safeParse(p).success).toBe(true);
    }
    const past = searchCorpusPart(db, parts);
    expect([past.docs, past.concepts, past.translations]).toEqual([[], [], []]);
  });

  it('cuts each list in one stated order (a key), so no plan change can repeat or drop a row between parts', () => {
    const { concepts, translations } = searchCorpus(db);
    const ids = concepts.map((c) => c[0]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(concepts.map((c) => c.join(' '))).size).toBe(concepts.length);
    const es = translations.map((t) => t[0]);
    expect(es).toEqual([...es].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(es).size).toBe(es.length);
    expect(translations.length).toBeGreaterThan(100);
  });

  it('refuses a part that is not a whole number', () => {
    expect(CONTRACT['search:corpus'].arg.safeParse(1.5).success).toBe(false);
    expect(CONTRACT['search:corpus'].arg.safeParse(-1).success).toBe(false);
    expect(CONTRACT['search:corpus'].arg.safeParse(undefined).success).toBe(false);
  });
});
