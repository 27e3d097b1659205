// The filtered queries read items, item_modules and question_sources through their keys and
// indexes, never by scanning them: EXPLAIN QUERY PLAN on the real database.
import { afterAll, describe, expect, it } from 'vitest';
import { byCode, byCodeAndPrefix, byCodePrefix } from '../../../electron/services/search/exact';
import { buildFilter } from '../../../electron/services/search/filters';
import { tierSql } from '../../../electron/services/search/text';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

function plan(sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('search query plans', () => {
  it('uses keys and indexes for every filter', () => {
    const f = buildFilter(db, { survey: 'lifestyle', kind: 'question', instrument: 'tus-cps' });
    expect(f.empty).toBe(false);
    const steps = plan(tierSql(f.sql), ['"smoke" *', ...f.params, 50]);
    expect(steps).toContainEqual(expect.stringMatching(/^SCAN t VIRTUAL TABLE/));
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH d USING INTEGER PRIMARY KEY/));
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH i USING INTEGER PRIMARY KEY/));
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH im USING COVERING INDEX/));
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH s (EXISTS )?USING INDEX question_sources_item/));
    // The only scan is the full-text index itself, in rank order (no sort).
    for (const s of steps.filter((x) => x.startsWith('SCAN'))) expect(s).toMatch(/^SCAN t VIRTUAL TABLE/);
    expect(steps.some((s) => /TEMP B-TREE/.test(s))).toBe(false);
    expect(steps.some((s) => /^SCAN (i|items|im|s)\b/.test(s))).toBe(false);
  });

  it('reads the code tier from search_code, the same rows as search_text\'s code column', () => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM search_code')).toBe(count('SELECT count(*) FROM search_text WHERE code IS NOT NULL'));
    expect(count('SELECT count(*) FROM search_code')).toBeGreaterThan(5000);
    // Common words of the wordings, words of codes, a phrase and a code cut in words: same ranks, in order.
    for (const fts of ['{code} : "you"', '{code} : "smoking"', '{code} : "how old"', '{code} : "cope" AND {code} : "a"', '{code} : "health" AND {code} : "insurance"']) {
      const ranks = (table: string) => db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(fts);
      expect(ranks('search_code'), fts).toEqual(ranks('search_text'));
    }
    expect(db.prepare(`SELECT count(*) FROM search_code WHERE search_code MATCH '{code} : "smoking"'`).pluck().get()).toBeGreaterThan(10);
  });

  it('reads the exact code and the codes starting with it in one range, as the two lookups give them', () => {
    const filters = [buildFilter(db, {}), buildFilter(db, { kind: 'answer' }), buildFilter(db, { survey: 'lifestyle' })];
    // Codes of the real database (Lifestyle's Smoking_SmokeFrequency and its answers), a prefix, a miss.
    for (const q of ['Smoking_SmokeFrequency', 'smokefrequency_everyday', 'SMOK', 'smoking_', 'sm', 's', 'zzzz', 'you are'])
      for (const f of filters)
        for (const limit of [1, 5, 50]) {
          const one = byCodeAndPrefix(db, q, f, limit);
          expect(one.exact, q).toEqual(byCode(db, q, f, limit));
          expect(one.prefix, q).toEqual(byCodePrefix(db, q, f, limit));
        }
    expect(byCodeAndPrefix(db, 'smoking_smokefrequency', buildFilter(db, {}), 50).exact).toHaveLength(1);
    expect(byCodeAndPrefix(db, 'smoking_', buildFilter(db, {}), 5).prefix).toHaveLength(5);
  });

  it('finds codes by a range on the code index', () => {
    const steps = plan(`SELECT id FROM items i WHERE i.code_lower > ? AND i.code_lower < ? ORDER BY i.code_lower LIMIT 50`, ['smok', 'smok\u{10ffff}']);
    expect(steps).toEqual([expect.stringMatching(/^SEARCH i USING (COVERING )?INDEX items_code \(code_lower>\? AND code_lower<\?\)/)]);
  });
});
