// One search over the codebook. An exact concept ID ranks first (PPI, module or standard value
// concept), then an exact code in any letter case, then the text levels (levels.ts): the best of
// wording matched word for word and codes (their words, or starting with the query), then stems,
// the last word as typed, then answer labels and help; within a level modules, questions, topics,
// then answers, so a question comes before its own answers, each by its evidence (text.ts). English and Spanish, accent-insensitive. A misspelled query with one
// clear correction shows the correction's results, saying so; a new word's first letter that
// finds nothing shows the words before it, saying so. Any string is safe: it is never
// FTS5 syntax.
import { SearchOptions, type SearchHit, type SearchResult } from '../../contract/models';
import type { Codebook } from '../store';
import { cleanQuery } from './clean-query';
import { storedHits, type DocRow, type StoredHit } from './docs';
import { byCodeAndPrefix, byCodePrefix, byConceptId } from './exact';
import { buildFilter, type Filter } from './filters';
import { beforeTypedLetter, parseQuery } from './fts-query';
import { highlight } from './snippet';
import { hasUnknownWord, suggestQueries } from './suggest';
import { byText, textFinds, type Lang, type WeightedDoc } from './text';

// Scores only order the tiers for a reader of the result: higher is better.
const SCORE = { 'concept-id': 3000, code: 2000, wording: 1000, stem: 800, typing: 700, more: 600 } as const;

function plainSnippet(h: StoredHit, lang: Lang): string {
  return highlight((lang === 'es' ? h.text.es ?? h.text.en : h.text.en ?? h.text.es) ?? h.code ?? '');
}

/**
 * `fullText` false: the broadest tier found nothing (a misspelling), so the other tiers are not
 * run; codes starting with the query may still be found.
 */
function textHits(db: Codebook, q: string, lang: Lang, f: Filter, limit: number, seen: Set<number>, fullText = true, codePrefixed?: WeightedDoc[]): SearchHit[] {
  const parsed = parseQuery(q);
  // Codes starting with the whole query ("smoking_smokefreq") join the tier of code words.
  const prefixed = (tier: string): WeightedDoc[] => (tier === 'code' ? codePrefixed ?? byCodePrefix(db, q, f, limit + seen.size) : []);
  return byText(db, parsed, lang, f, limit, seen, prefixed, fullText).map((r) => ({
    ...r.stored,
    // A match in the code alone: the code is shown beside the wording anyway.
    snippet: r.html ?? plainSnippet(r.stored, lang),
    score: r.tier === 'code' ? SCORE.wording : SCORE[r.tier],
    // Found by the words of its code (or wording): a text match; by its code's start: a prefix.
    match: r.prefix ? 'code-prefix' : 'text',
  }));
}

export function search(db: Codebook, query: unknown, options: unknown = {}): SearchResult {
  return searchQuery(db, query, options, true);
}

/** `letterFallback`: a last letter that finds nothing gives the words before it (once: only that
 *  letter is ever dropped, never the one-letter words typed whole before it). */
function searchQuery(db: Codebook, query: unknown, options: unknown, letterFallback: boolean): SearchResult {
  const started = performance.now();
  const o = SearchOptions.parse(options);
  const q = cleanQuery(query);
  const f = buildFilter(db, o);
  const hits: SearchHit[] = [];
  const seen = new Set<number>(); // search_docs ranks shown
  let suggestions: string[] = [];
  let corrected: string | null = null;
  if (q !== '' && !f.empty) {
    const exact = (rows: DocRow[], match: 'concept-id' | 'code') => {
      const ranks = [...new Set(rows.map((r) => r.rank))].filter((r) => !seen.has(r)).slice(0, o.limit - hits.length);
      storedHits(db, ranks).forEach((h, i) => {
        seen.add(ranks[i]!);
        hits.push({ ...h, snippet: plainSnippet(h, o.lang), score: SCORE[match], match });
      });
    };
    exact(byConceptId(db, q, f, o.limit), 'concept-id');
    // The codes starting with the query, read with the exact code, are the first `o.limit`: what
    // textHits would read (its limit plus the hits shown so far).
    const codes = byCodeAndPrefix(db, q, f, o.limit);
    exact(codes.exact, 'code');
    const parsed = parseQuery(q);
    // A word the index does not hold (a misspelling, most often): one look at the broadest tier
    // tells whether the five tiers can find anything (a stem or a code may still match it). Not
    // after an exact code or ID: the words of a code are not in that vocabulary, but match.
    const fullText = hits.length > 0 || !hasUnknownWord(db, parsed) || textFinds(db, parsed, o.lang, f);
    // Without full text, the text tiers could only show the codes starting with the query.
    if (hits.length < o.limit && (fullText || codes.prefix.length > 0)) hits.push(...textHits(db, q, o.lang, f, o.limit - hits.length, seen, fullText, codes.prefix));
    if (hits.length === 0) {
      // A word's first letter, as typed: the words before it (fts-query.ts).
      const before = letterFallback ? beforeTypedLetter(q) : null;
      const took = () => Math.round((performance.now() - started) * 100) / 100;
      if (before === '') return { hits, suggestions, corrected, resultsFor: '', tookMs: took() };
      if (before !== null) {
        const r = searchQuery(db, before, options, false);
        if (r.hits.length > 0 && !r.corrected) return { ...r, resultsFor: before, tookMs: took() };
      }
      // Without filters, in both languages, an indexed word finds at least the rows that hold it.
      const vocabFinds = f.sql === '' && o.lang === 'any';
      const s = suggestQueries(db, parsed, (x) => textFinds(db, parseQuery(x), o.lang, f), vocabFinds);
      suggestions = s.queries;
      if (s.clear && !o.literal) {
        corrected = s.clear;
        hits.push(...textHits(db, s.clear, o.lang, f, o.limit, seen));
      }
    }
  }
  return { hits, suggestions, corrected, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
