// One search over the codebook. An exact concept ID ranks first, then an exact code (any letter
// case), then codes starting with the query, then text (English and Spanish, accent-insensitive,
// BM25 with question text weighted above answers and help).
import { SearchOptions, type SearchHit, type SearchResult } from '../../contract/models';
import { surveyRef } from '../item-detail';
import type { Codebook } from '../store';
import { parseQuery, toFtsQuery } from './fts-query';
import { highlight } from './snippet';

interface Row {
  id: number;
  kind: SearchHit['kind'];
  code: string | null;
  concept_id: number | null;
  module_id: number | null;
  text_en: string | null;
  text_es: string | null;
  snip?: string | null;
  score?: number;
}

const COLUMNS = { en: ['code', 'text_en', 'answers_en', 'help'], es: ['code', 'text_es', 'answers_es', 'help'], any: ['code', 'text_en', 'text_es', 'answers_en', 'answers_es', 'help'] } as const;
// bm25 weights in column order: code, text_en, text_es, answers_en, answers_es, help
const WEIGHTS = '4.0, 10.0, 10.0, 2.0, 2.0, 1.0';

function filterSql(o: ReturnType<typeof SearchOptions.parse>, alias: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (o.kind) {
    parts.push(`${alias}.kind = ?`);
    params.push(o.kind);
  }
  if (o.survey) {
    parts.push(`(${alias}.module_id IN (SELECT id FROM modules WHERE slug = ?1x OR CAST(concept_id AS TEXT) = ?1x)
      OR ${alias}.id IN (SELECT im.item_id FROM item_modules im JOIN modules m ON m.id = im.module_id WHERE m.slug = ?1x OR CAST(m.concept_id AS TEXT) = ?1x))`.replaceAll('?1x', '?'));
    params.push(o.survey, o.survey, o.survey, o.survey);
  }
  if (o.instrument) {
    parts.push(`${alias}.id IN (SELECT s.item_id FROM question_sources s JOIN instruments n ON n.id = s.instrument_id
      WHERE n.key = ? OR lower(n.short_name) = lower(?) OR CAST(n.id AS TEXT) = ?)`);
    params.push(o.instrument, o.instrument, o.instrument);
  }
  if (o.lang === 'es') parts.push(`${alias}.text_es IS NOT NULL`);
  return { sql: parts.length ? ' AND ' + parts.join(' AND ') : '', params };
}

export function search(db: Codebook, query: unknown, options: unknown = {}): SearchResult {
  const started = performance.now();
  const o = SearchOptions.parse(options);
  const q = typeof query === 'string' ? query.replace(/[\u0000-\u001f]/g, ' ').trim().slice(0, 2000) : '';
  const filter = filterSql(o, 'i');
  const hits: (Row & { match: SearchHit['match'] })[] = [];
  const seen = new Set<number>();
  const add = (rows: Row[], match: SearchHit['match']) => {
    for (const r of rows) if (!seen.has(r.id) && hits.length < o.limit) (seen.add(r.id), hits.push({ ...r, match }));
  };
  const base = 'SELECT i.id, i.kind, i.code, i.concept_id, i.module_id, i.text_en, i.text_es FROM items i';
  if (/^\d{1,18}$/.test(q)) {
    add(db.prepare(`${base} WHERE (i.concept_id = ? OR i.standard_concept_id = ?)${filter.sql} ORDER BY i.standard_concept_id = ?`).all(Number(q), Number(q), ...filter.params, Number(q)) as Row[], 'concept-id');
  }
  if (q && !/\s/.test(q)) {
    const lower = q.toLowerCase();
    add(db.prepare(`${base} WHERE i.code_lower = ?${filter.sql} LIMIT ?`).all(lower, ...filter.params, o.limit) as Row[], 'code');
    if (lower.length >= 2) {
      add(db.prepare(`${base} WHERE i.code_lower > ? AND i.code_lower < ?${filter.sql} ORDER BY i.code_lower LIMIT ?`).all(lower, lower + '\uffff', ...filter.params, o.limit) as Row[], 'code-prefix');
    }
  }
  const fts = toFtsQuery(parseQuery(q), COLUMNS[o.lang]);
  if (fts && hits.length < o.limit) {
    const rows = db
      .prepare(`SELECT i.id, i.kind, i.code, i.concept_id, i.module_id, i.text_en, i.text_es, bm25(search_text, ${WEIGHTS}) AS score,
          snippet(search_text, -1, char(2), char(3), '…', 16) AS snip
         FROM search_text JOIN items i ON i.id = search_text.rowid
        WHERE search_text MATCH ?${filter.sql} ORDER BY score, i.kind = 'answer', i.id LIMIT ?`)
      .all(fts, ...filter.params, o.limit) as Row[];
    add(rows, 'text');
  }
  const surveys = new Map<number | null, ReturnType<typeof surveyRef>>();
  const survey = (id: number | null) => (surveys.has(id) ? surveys.get(id)! : (surveys.set(id, surveyRef(db, id)), surveys.get(id)!));
  const rank = { 'concept-id': 3, code: 2, 'code-prefix': 1, text: 0 } as const;
  return {
    hits: hits.map((h) => ({
      kind: h.kind,
      conceptId: h.concept_id,
      code: h.code,
      survey: survey(h.module_id),
      text: { en: h.text_en, es: h.text_es },
      snippet: highlight(h.snip ?? (o.lang === 'es' ? h.text_es : h.text_en) ?? h.text_en ?? h.text_es ?? h.code ?? ''),
      score: h.match === 'text' ? -(h.score ?? 0) : rank[h.match] * 1000,
      match: h.match,
    })),
    suggestions: [],
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
