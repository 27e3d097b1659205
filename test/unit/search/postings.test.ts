// The tiers answered in memory (postings.ts) give FTS5's own rows, in FTS5's order: every tier of
// every benchmark and judged query, and of each of their prefixes as typed, in the three language
// settings, at the limits the search uses and with no limit, on the real database; and the kept
// postings are FTS5's own tokens, place for place.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeQueries } from '../../../bench/queries';
import { JUDGED } from '../../../bench/relevance/judgements';
import { parseQuery } from '../../../electron/services/search/fts-query';
import { ftsExpression, TIERS, tierTerms, type Lang } from '../../../electron/services/search/levels';
import { codesFrom } from '../../../electron/services/search/code-index';
import { matchRows } from '../../../electron/services/search/postings';
import { postingsIndex } from '../../../electron/services/search/postings-index';
import { englishStemOf } from '../../../electron/services/search/translations';
import { openRealDb, realDbPath } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('tiers answered from the postings', () => {
  it('keeps every token of search_text at its row, column and position, as fts5vocab lists them', () => {
    const raw = new Database(realDbPath(), { readonly: true });
    raw.exec(`CREATE VIRTUAL TABLE temp.places USING fts5vocab('main', 'search_text', 'instance')`);
    const live = raw.prepare('SELECT term, doc, col, offset FROM temp.places').raw().all() as [string, number, string, number][];
    raw.close();
    const p = postingsIndex(db)!;
    const columns = [...p.columns.keys()];
    const kept = Array.from(p.tokens, (t, at) => {
      const slot = p.slotOf[at]!;
      return [p.terms[t]!, Math.floor(slot / p.ncols), columns[slot % p.ncols]!, at - p.starts[slot]!] as const;
    });
    expect(live.length).toBeGreaterThan(300_000);
    const key = (r: readonly [string, number, string, number]) => r.join('\u0000');
    expect(kept.map(key).sort()).toEqual(live.map(key).sort());
  });

  it('finds the rows FTS5 finds, in its order, for every tier of the benchmark and judged queries as typed', () => {
    const whole = new Set([...makeQueries(db).map((q) => q.q), ...JUDGED.map((j) => j.q), 'días', 'fumó', 'smoking_', '"every da', '"a a"', 'ñu', 'straße', 'naïve', 'yes no']);
    const typed = [...new Set([...whole].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))))];
    const text = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? LIMIT ?').pluck();
    const code = db.prepare('SELECT rowid FROM search_code WHERE search_code MATCH ? LIMIT ?').pluck();
    const differ: string[] = [];
    let decided = 0;
    let asked = 0;
    for (const q of typed) {
      const parsed = parseQuery(q);
      // Whole queries with every row; as typed, the first rows (the page the search fills).
      const limits = whole.has(q) ? [1, 12, 50, 1_000_000] : [1, 12, 50];
      for (const lang of ['any', 'en', 'es'] as Lang[]) {
        for (const tier of TIERS) {
          const terms = tierTerms(tier, parsed, lang, (w) => englishStemOf(db, w));
          if (!terms) continue;
          const fts = (tier === 'code' ? code : text).all(ftsExpression(terms), limits.at(-1)) as number[];
          for (const limit of limits) {
            asked++;
            const rows = matchRows(db, terms, limit);
            if (rows === null) continue;
            decided++;
            if (rows.join() !== fts.slice(0, limit).join()) differ.push(`${tier} ${lang} ${limit} ${q}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
    // Nearly every statement is answered in memory (a word of other letters is left to FTS5).
    expect(decided).toBeGreaterThan(asked * 0.99);
  }, 300_000);

  it('leaves a word it cannot tokenize as FTS5 does to FTS5', () => {
    expect(matchRows(db, [[{ cols: ['words_en'], words: ['straße'], prefix: false }]], 10)).toBeNull();
    expect(matchRows(db, [[{ cols: ['words_en'], words: ['zzqxzzqx'], prefix: false }]], 10)).toEqual([]);
  });

  it('reads the codes starting with a query as the code index does, in its order', () => {
    const queries = new Set([...makeQueries(db).map((q) => q.q), ...JUDGED.map((j) => j.q), 'smoking_', 'pmi_']);
    const typed = [...new Set([...queries].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1).toLowerCase())))];
    const range = (from: string) => db.prepare(`SELECT d.rank, i.code_lower FROM items i JOIN search_docs d ON d.item_id = i.id
         WHERE i.code_lower ${from} ? AND i.code_lower < ? ORDER BY i.code_lower LIMIT ?`).raw();
    const differ: string[] = [];
    for (const q of typed) {
      for (const from of ['>', '>='] as const) {
        for (const limit of [1, 54, 100_000]) {
          const kept = codesFrom(db, q, from, limit);
          if (kept && JSON.stringify(kept) !== JSON.stringify(range(from).all(q, q + '\u{10ffff}', limit))) differ.push(`${from} ${limit} ${q}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(codesFrom(db, 'smoking_', '>=', 1000)!.length).toBeGreaterThan(5);
  });
});
