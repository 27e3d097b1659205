// The filtered queries read items, item_modules and question_sources through their keys and
// indexes, never by scanning them: EXPLAIN QUERY PLAN on the real database.
import { afterAll, describe, expect, it } from 'vitest';
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

  it('finds codes by a range on the code index', () => {
    const steps = plan(`SELECT id FROM items i WHERE i.code_lower > ? AND i.code_lower < ? ORDER BY i.code_lower LIMIT 50`, ['smok', 'smok\u{10ffff}']);
    expect(steps).toEqual([expect.stringMatching(/^SEARCH i USING (COVERING )?INDEX items_code \(code_lower>\? AND code_lower<\?\)/)]);
  });
});
