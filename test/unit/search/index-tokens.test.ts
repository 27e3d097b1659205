// The tiers the search skips without asking FTS5 (index-tokens.ts) are ones FTS5 finds nothing
// for, or nothing the level before did not: every tier of every benchmark and judged query, and
// their prefixes as typed, in the three language settings, on the real database. And the kept
// tokens are FTS5's own.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeQueries } from '../../../bench/queries';
import { JUDGED } from '../../../bench/relevance/judgements';
import { parseQuery } from '../../../electron/services/search/fts-query';
import { foldWord } from '../../../codebooks/write/search-words';
import { FOLDED_LETTERS, mayAdd, mayFind, mayStartCode, type Alternative } from '../../../electron/services/search/index-tokens';
import { ftsExpression, TIERS, tierTerms, type Lang } from '../../../electron/services/search/levels';
import { englishStemOf } from '../../../electron/services/search/translations';
import { openRealDb, realDbPath } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('tiers ruled out by the index tokens', () => {
  it('keeps every token of search_text with its columns, as fts5vocab lists them', () => {
    const raw = new Database(realDbPath(), { readonly: true });
    raw.exec(`CREATE VIRTUAL TABLE temp.cols USING fts5vocab('main', 'search_text', 'col')`);
    const live = raw.prepare('SELECT term, col FROM temp.cols ORDER BY term, col').raw().all();
    raw.close();
    expect(live.length).toBeGreaterThan(10_000);
    expect(db.prepare('SELECT term, col FROM search_tokens ORDER BY term, col').raw().all()).toEqual(live);
  });

  it('never rules out a tier FTS5 finds something for', () => {
    const whole = [...new Set([...makeQueries(db).map((q) => q.q), ...JUDGED.map((j) => j.q), '1585855', 'zzqx', 'días', 'fumó', 'smoking_'])];
    const typed = [...new Set(whole.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))))];
    const found = db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? LIMIT 1');
    let ruledOut = 0;
    let asked = 0;
    for (const q of typed) {
      const parsed = parseQuery(q);
      for (const lang of ['any', 'en', 'es'] as Lang[]) {
        for (const tier of TIERS) {
          const terms = tierTerms(tier, parsed, lang, (w) => englishStemOf(db, w));
          if (!terms) continue;
          asked++;
          if (mayFind(db, terms)) continue;
          ruledOut++;
          expect(found.get(ftsExpression(terms)), `${tier} ${lang} ${q}`).toBeUndefined();
        }
      }
    }
    // The check is worth having: a good share of the statements are skipped.
    expect(ruledOut).toBeGreaterThan(asked / 5);
  });

  it('never skips a level that would add a row to the level before', () => {
    const whole = [...new Set([...makeQueries(db).map((q) => q.q), ...JUDGED.map((j) => j.q), 'smok', 'peptic', 'fumó', '"every da'])];
    const typed = [...new Set(whole.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))))];
    const rows = (terms: Alternative[][]) => db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ?').pluck().all(ftsExpression(terms)) as number[];
    let skipped = 0;
    for (const q of typed) {
      const parsed = parseQuery(q);
      for (const lang of ['any', 'en', 'es'] as Lang[]) {
        const english = (w: string) => englishStemOf(db, w);
        // The levels of one tier, as byText runs them: each against the last one before it.
        let before: Alternative[][] | null = null;
        for (const tier of ['stem', 'typing', 'more'] as const) {
          const terms = tierTerms(tier, parsed, lang, english);
          if (!terms) continue;
          if (before && !mayAdd(db, terms, before)) {
            skipped++;
            const earlier = new Set(rows(before));
            expect(rows(terms).filter((r) => !earlier.has(r)), `${tier} ${lang} ${q}`).toEqual([]);
          }
          before = terms;
        }
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('never says no code starts with a query when one does', () => {
    const codes = db.prepare('SELECT code_lower FROM items WHERE code_lower IS NOT NULL ORDER BY id').pluck().all() as string[];
    // Every prefix of every tenth code, as typed: some code starts with each.
    for (const code of codes.filter((_, i) => i % 10 === 0)) for (let n = 1; n <= code.length; n++) expect(mayStartCode(db, code.slice(0, n)), code.slice(0, n)).toBe(true);
    const starts = db.prepare(`SELECT count(*) FROM items WHERE code_lower >= ? AND code_lower < ?`).pluck();
    const queries = [...makeQueries(db).map((q) => q.q.toLowerCase()), 'zzqx', 'smoking_zz', 'cope_', 'casa', '1585855'];
    let ruledOut = 0;
    for (const q of queries.flatMap((x) => Array.from({ length: x.length }, (_, i) => x.slice(0, i + 1)))) {
      if (mayStartCode(db, q)) continue;
      ruledOut++;
      expect(starts.get(q, q + '\u{10ffff}'), q).toBe(0);
    }
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('decides only plain words: an accented or other word may always match', () => {
    const alt = (cols: string[], words: string[], prefix = false) => [[{ cols, words, prefix }]];
    // A plain token of Spanish wordings that no English wording holds, read from the table.
    const es = db.prepare(`SELECT term FROM search_tokens t WHERE col = 'words_es' AND length(term) >= 6 AND term NOT GLOB '*[^a-z]*'
      AND NOT EXISTS (SELECT 1 FROM search_tokens u WHERE u.term = t.term AND u.col = 'words_en') ORDER BY term LIMIT 1`).pluck().get() as string;
    const count = (fts: string) => db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ?').pluck().get(fts) as number;
    expect(count(`{words_es} : "${es}"`)).toBeGreaterThan(0);
    expect(count(`{words_en} : "${es}"`)).toBe(0);
    expect(mayFind(db, alt(['words_es'], [es]))).toBe(true);
    expect(mayFind(db, alt(['words_en'], [es]))).toBe(false);
    expect(mayFind(db, alt(['words_en', 'words_es'], [es]))).toBe(true);
    // Its start, as typed: a prefix of it, not a word of its own.
    const start = es.slice(0, 5);
    expect(mayFind(db, alt(['words_es'], [start], true))).toBe(true);
    expect(mayFind(db, alt(['words_es'], ['zzqx', start]))).toBe(false);
    // Accented as typed: the token folded; other letters are left to FTS5, which cuts and folds them.
    expect(mayFind(db, alt(['words_en'], ['zzqxé']))).toBe(false);
    expect(mayFind(db, alt(['words_en'], ['zzqxø']))).toBe(true);
    expect(mayFind(db, alt(['words_en'], ['zzqx']))).toBe(false);
  });

  it('folds the accented letters it decides as FTS5 does', () => {
    const mem = new Database(':memory:');
    mem.exec(`CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row')`);
    const letters = [...FOLDED_LETTERS];
    letters.forEach((c, i) => mem.prepare('INSERT INTO f (rowid, x) VALUES (?, ?)').run(i + 1, `q${c}q`));
    // Each word is one token, the one foldWord gives, and found by it alone.
    const rows = (w: string) => mem.prepare(`SELECT rowid FROM f WHERE f MATCH ?`).pluck().all(`"${w}"`);
    letters.forEach((c, i) => {
      expect(foldWord(`q${c}q`), c).toMatch(/^q[a-z]q$/);
      expect(rows(foldWord(`q${c}q`)), c).toContain(i + 1);
    });
    expect(mem.prepare('SELECT count(*) FROM v').pluck().get()).toBe(new Set(letters.map((c) => foldWord(`q${c}q`))).size);
    mem.close();
  });
});
