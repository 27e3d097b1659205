// The text tier: FTS5 over English and Spanish text, ranked by BM25 with column weights, then a
// highlighted snippet of the rows shown (see highlight.ts).
import type { Codebook } from '../store';
import { ITEM_COLUMNS, type ItemHitRow } from './exact';
import type { Filter } from './filters';
import type { ParsedQuery } from './fts-query';
import { highlightMatches } from './highlight';
import { prepared } from './statements';

export type Lang = 'en' | 'es' | 'any';

// Column order of search_text: code, text_en, text_es, answers_en, answers_es, help. Question
// wording weighs most, then codes, then answer labels, then help text. A weight of 0 leaves a
// column out of the score; the MATCH's column filter already leaves it out of the matching.
const WEIGHTS: Record<Lang, string> = {
  any: '4.0, 10.0, 10.0, 2.0, 2.0, 1.0',
  en: '4.0, 10.0, 0.0, 2.0, 0.0, 1.0',
  es: '4.0, 0.0, 10.0, 0.0, 2.0, 1.0',
};

export const COLUMNS: Record<Lang, readonly string[]> = {
  en: ['code', 'text_en', 'answers_en', 'help'],
  es: ['code', 'text_es', 'answers_es', 'help'],
  any: ['code', 'text_en', 'text_es', 'answers_en', 'answers_es', 'help'],
};

/**
 * At most this many matching rows are scored. The bundled database has fewer rows (about 9,400),
 * so its ranking is always exact; in a database many times larger a very common word ("you")
 * matches hundreds of thousands of rows, and BM25 over all of them takes a third of a second:
 * there the first matches in index (rowid) order are ranked instead, which keeps queries fast.
 */
export const MAX_SCORED = 10_000;

export interface TextHitRow extends ItemHitRow {
  score: number;
  /** Safe HTML with <mark>, or null when no indexed text shows the match. */
  html: string | null;
}

/** The indexed columns, in the order a snippet prefers them. */
const SNIPPET_COLUMNS: Record<Lang, string> = {
  en: 'text_en, answers_en, help, code',
  es: 'text_es, answers_es, help, code',
  any: 'text_en, text_es, answers_en, answers_es, help, code',
};

/** The ranking query; exported so a test can check its plan. */
export function textQuerySql(lang: Lang, filterSql: string): string {
  const score = `bm25(search_text, ${WEIGHTS[lang]})`;
  // Without filters the items table is read for the rows shown only: a lookup per match is what
  // costs most in a large database. With filters the join has to come before the cap.
  return filterSql
    ? `SELECT * FROM (SELECT ${ITEM_COLUMNS}, ${score} AS score FROM search_text JOIN items i ON i.id = search_text.rowid
         WHERE search_text MATCH ?${filterSql} LIMIT ${MAX_SCORED}) ORDER BY score, kind = 'answer', id LIMIT ?`
    : `SELECT ${ITEM_COLUMNS}, t.score FROM (SELECT * FROM (SELECT rowid, ${score} AS score FROM search_text
         WHERE search_text MATCH ? LIMIT ${MAX_SCORED}) ORDER BY score LIMIT ?) t JOIN items i ON i.id = t.rowid
         ORDER BY t.score, i.kind = 'answer', i.id`;
}

export function byText(db: Codebook, parsed: ParsedQuery, fts: string, lang: Lang, f: Filter, limit: number, skip: ReadonlySet<number>): TextHitRow[] {
  const sql = textQuerySql(lang, f.sql);
  const rows = prepared(db, sql).all(fts, ...f.params, limit + skip.size) as TextHitRow[];
  // A plain rowid lookup of the row's indexed text (no MATCH): a B-tree search whatever the query.
  const content = prepared(db, `SELECT ${SNIPPET_COLUMNS[lang]} FROM search_text WHERE rowid = CAST(? AS INTEGER)`).raw(); // a JS number binds as REAL
  return rows
    .filter((r) => !skip.has(r.id))
    .slice(0, limit)
    .map((r) => ({ ...r, html: highlightMatches((content.get(r.id) as (string | null)[] | undefined) ?? [], parsed) }));
}
