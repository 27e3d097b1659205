// One search over the codebook. An exact concept ID ranks first (PPI, module or standard value
// concept), then an exact code in any letter case, then codes starting with the query, then text:
// English and Spanish, accent-insensitive, prefix as you type, quoted phrases, BM25 weighted so
// question wording outranks answer labels and help. Any string is safe: it is never FTS5 syntax.
import { SearchOptions, type SearchHit, type SearchResult } from '../../contract/models';
import { surveyRef } from '../item-detail';
import type { Codebook } from '../store';
import { byCode, byCodePrefix, byConceptId, type ItemHitRow } from './exact';
import { buildFilter, type Filter } from './filters';
import { parseQuery, toFtsQuery } from './fts-query';
import { highlight } from './snippet';
import { suggestQueries } from './suggest';
import { byText, COLUMNS } from './text';
import { prepared } from './statements';

const MAX_QUERY = 2000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TIER_SCORE = { 'concept-id': 3000, code: 2000, 'code-prefix': 1000 } as const;

/** What the user typed, made well-formed: no control characters, no lone surrogates, bounded. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query.slice(0, MAX_QUERY).replace(LONE_SURROGATE, ' ').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').trim();
}

function textFinds(db: Codebook, q: string, lang: keyof typeof COLUMNS, f: Filter): boolean {
  const fts = toFtsQuery(parseQuery(q), COLUMNS[lang]);
  if (!fts) return false;
  return prepared(db, `SELECT 1 FROM search_text JOIN items i ON i.id = search_text.rowid WHERE search_text MATCH ?${f.sql} LIMIT 1`).get(fts, ...f.params) !== undefined;
}

export function search(db: Codebook, query: unknown, options: unknown = {}): SearchResult {
  const started = performance.now();
  const o = SearchOptions.parse(options);
  const q = cleanQuery(query);
  const f = buildFilter(db, o);
  const hits: SearchHit[] = [];
  const seen = new Set<number>();
  const push = (r: ItemHitRow, match: SearchHit['match'], score: number, html: string | null) => {
    if (seen.has(r.id) || hits.length >= o.limit) return;
    seen.add(r.id);
    const plain = (o.lang === 'es' ? r.text_es ?? r.text_en : r.text_en ?? r.text_es) ?? r.code ?? '';
    hits.push({
      kind: r.kind,
      conceptId: r.concept_id,
      code: r.code,
      survey: surveyRef(db, r.module_id),
      text: { en: r.text_en, es: r.text_es },
      snippet: html ?? highlight(plain),
      score,
      match,
    });
  };
  let suggestions: string[] = [];
  if (q !== '' && !f.empty) {
    for (const r of byConceptId(db, q, f, o.limit)) push(r, 'concept-id', TIER_SCORE['concept-id'], null);
    for (const r of byCode(db, q, f, o.limit)) push(r, 'code', TIER_SCORE.code, null);
    for (const r of byCodePrefix(db, q, f, o.limit)) push(r, 'code-prefix', TIER_SCORE['code-prefix'], null);
    const parsed = parseQuery(q);
    const fts = toFtsQuery(parsed, COLUMNS[o.lang]);
    if (fts && hits.length < o.limit) {
      // BM25 is negative, better is lower: the score shown is its opposite, below every exact tier.
      for (const r of byText(db, parsed, fts, o.lang, f, o.limit - hits.length, seen)) push(r, 'text', Math.min(-r.score, 999), r.html);
    }
    if (hits.length === 0 && fts) suggestions = suggestQueries(db, parsed, (s) => textFinds(db, s, o.lang, f));
  }
  return { hits, suggestions, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
