// The service reads what a misspelled query needs (the vocabulary's trigrams, among the rest) once
// the user starts typing or the renderer has read its whole search corpus, in tasks after that
// answer, and not before: at start the catalog and a first PDF come first. What it reads changes
// no answer. Real database, fresh handles.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { PREPARE_STEPS, prepareSearch } from '../../../electron/services/search/prepare';
import { search } from '../../../electron/services/search/search';
import { trigramsRead } from '../../../electron/services/search/vocab';
import { openRealDb } from '../../helpers/real-db';

const identity = { name: 'test', version: '0', mode: 'browser' } as const;
const withoutTime = ({ tookMs: _, ...rest }: ReturnType<typeof search>) => rest;
/** Lets the event loop run `n` tasks (the preparation takes one per search). */
const tasks = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe('search prepared ahead of a misspelling', () => {
  it('after the first search, in later tasks, not at start nor within it', async () => {
    const db = openRealDb();
    try {
      const handlers = createHandlers(db, identity);
      await handlers['surveys:list'](undefined);
      await tasks();
      expect(trigramsRead(db)).toBe(false);
      // A word the index holds: answering it needs no suggestion.
      const first = await handlers['search:query']({ query: 'health', options: { lang: 'any', limit: 12 } });
      expect(first.hits.length).toBeGreaterThan(0);
      expect(trigramsRead(db)).toBe(false);
      await tasks();
      expect(trigramsRead(db)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('after the last part of the search corpus, not after the others', async () => {
    const db = openRealDb();
    try {
      const handlers = createHandlers(db, identity);
      const { parts } = await handlers['search:corpus'](0);
      expect(parts).toBeGreaterThan(1);
      for (let p = 1; p < parts - 1; p++) await handlers['search:corpus'](p);
      await tasks();
      expect(trigramsRead(db)).toBe(false);
      await handlers['search:corpus'](parts - 1);
      await tasks();
      expect(trigramsRead(db)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('answers a misspelling as an unprepared handle does', async () => {
    const cold = openRealDb();
    const warm = openRealDb();
    try {
      const handlers = createHandlers(warm, identity);
      await handlers['search:query']({ query: 'health', options: { lang: 'any', limit: 12 } });
      await tasks();
      for (const q of ['cigarete', 'alcohl', 'diabtes type']) {
        const fromHandlers = await handlers['search:query']({ query: q, options: { lang: 'any', limit: 12 } });
        const fromCold = search(cold, q, { lang: 'any', limit: 12 });
        expect(fromCold.suggestions.length + (fromCold.corrected ? 1 : 0), q).toBeGreaterThan(0);
        expect(withoutTime(fromHandlers), q).toEqual(withoutTime(fromCold));
      }
    } finally {
      cold.close();
      warm.close();
    }
  });

  it('runs one search per task, none in the task that starts it', async () => {
    const db = openRealDb();
    try {
      const calls: string[] = [];
      const prepared = prepareSearch(db, (d, q, o) => (calls.push(q), search(d, q, o)));
      expect(calls).toEqual([]);
      for (let n = 1; n <= PREPARE_STEPS; n++) {
        await new Promise((r) => setImmediate(r));
        expect(calls.length).toBe(n);
      }
      await prepared;
      expect(calls.length).toBe(PREPARE_STEPS);
    } finally {
      db.close();
    }
  });

  it('stops once the database is closed, and at an error, without throwing', async () => {
    const db = openRealDb();
    const calls: string[] = [];
    const prepared = prepareSearch(db, (d, q, o) => (calls.push(q), search(d, q, o)));
    await new Promise((r) => setImmediate(r));
    db.close();
    await prepared; // without the open check, the next search would run on the closed handle (2 calls)
    expect(calls.length).toBe(1);
    const other = openRealDb();
    try {
      let n = 0;
      const errors: unknown[] = [];
      const log = console.error;
      console.error = (...a: unknown[]) => void errors.push(a);
      try {
        await prepareSearch(other, () => {
          n++;
          throw new Error('made-up failure');
        });
      } finally {
        console.error = log;
      }
      expect([n, errors.length]).toEqual([1, 1]);
    } finally {
      other.close();
    }
  });
});
