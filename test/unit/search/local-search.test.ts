// The renderer's own search (renderer/src/features/search/local) against the service, on the real
// database: for every query of the benchmarks (bench/queries.ts, the judged relevance set, the
// search-box benchmark's), of the ranking tests, and every prefix of them as typed key by key,
// whenever the local engine answers, its answer is the service's: the same items, in the same
// order, with the same snippets, scores and matches. Where it cannot be sure, it must not answer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQueries } from '../../../bench/queries';
import { JUDGED } from '../../../bench/relevance/judgements';
import type { SearchOptions } from '../../../electron/contract/models';
import { searchCorpus } from '../../../electron/services/search/corpus';
import { search } from '../../../electron/services/search/search';
import { buildLocalIndex, type LocalIndex } from '../../../renderer/src/features/search/local/local-index';
import { localSearch } from '../../../renderer/src/features/search/local/local-search';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
let index: LocalIndex;
beforeAll(async () => {
  index = await buildLocalIndex(searchCorpus(db));
});

/** The literal queries the ranking tests and the search-box benchmark search for, read from their sources. */
function literalQueries(): string[] {
  const out: string[] = [];
  for (const f of ['test/unit/search/ranking-rules.test.ts', 'test/unit/search/ranking.test.ts', 'test/unit/search/typed-letter.test.ts']) {
    for (const m of readFileSync(f, 'utf8').matchAll(/search\(db, '([^']*)'/g)) out.push(m[1]!);
  }
  const bench = /const QUERIES = \[([^\]]*)\]/.exec(readFileSync('bench/ui-search-paint.ts', 'utf8'))![1]!;
  for (const m of bench.matchAll(/'([^']*)'/g)) out.push(m[1]!);
  return out;
}

const whole = () => [...new Set([...makeQueries(db).map((q) => q.q), ...JUDGED.map((j) => j.q), ...literalQueries()])];
const typed = (qs: string[]) => [...new Set(qs.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))))];

function compare(queries: string[], options: SearchOptions) {
  const differ: string[] = [];
  let answered = 0;
  for (const q of queries) {
    const local = localSearch(index, q, options);
    if (!local) continue;
    answered++;
    const service = search(db, q, options);
    const { tookMs: _a, ...l } = local;
    const { tookMs: _b, ...s } = service;
    try {
      expect(l).toEqual(s);
    } catch {
      differ.push(`${JSON.stringify(q)}: local ${local.hits.map((h) => h.code).join(',')} | service ${service.hits.map((h) => h.code).join(',')}`);
    }
  }
  return { differ, answered };
}

describe('the local search answers as the service does', () => {
  it('reads the real corpus', () => {
    expect(index.hits.filter(Boolean).length).toBe((db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number));
  });

  for (const options of [{ lang: 'any', limit: 12 }, { lang: 'any', limit: 200 }, { lang: 'en', limit: 20 }, { lang: 'es', limit: 20 }] as SearchOptions[]) {
    it(`every benchmark, judged and ranking-test query, ${JSON.stringify(options)}`, () => {
      const queries = whole();
      const { differ, answered } = compare(queries, options);
      expect(differ).toEqual([]);
      // It answers most of them (the rest: misses and misspellings, left to the service; in one
      // language, the other language's words too).
      expect(answered).toBeGreaterThan(queries.length * (options.lang === 'any' ? 0.8 : 0.6));
    }, 180_000);
  }

  it('every prefix of the judged and search-box queries, as typed key by key', () => {
    const queries = typed([...JUDGED.map((j) => j.q), ...literalQueries()]);
    const { differ, answered } = compare(queries, { lang: 'any', limit: 12 });
    expect(differ.slice(0, 20)).toEqual([]);
    expect(answered).toBeGreaterThan(queries.length * 0.8);
  }, 180_000);

  it('does not answer with a filter, nor where the service would suggest a spelling', () => {
    expect(localSearch(index, 'smoke', { survey: 'lifestyle' })).toBeNull();
    expect(search(db, 'cigarete', { limit: 12 }).corrected).not.toBeNull();
    expect(localSearch(index, 'cigarete', { limit: 12 })).toBeNull();
    expect(localSearch(index, 'zzzzqqqxx')).toBeNull();
  });

  it('answers where the service finds nothing and has nothing to correct, and code prefixes after a known word', () => {
    // Keys of the search-box benchmark that went to the service before: a letter, a concept ID's
    // start, a code's start. Short words and numbers are never corrected (suggest.ts). A new
    // word's first letter that finds nothing: the words before it (typed-letter.test.ts).
    const answers = ['h', 'f', '1585', '158586', 'Smoking_S', 'how old were you w', 'smoking f'].map((q) => {
      const local = localSearch(index, q, { lang: 'any', limit: 12 });
      expect(local, q).not.toBeNull();
      const { tookMs: _a, ...l } = local!;
      const { tookMs: _b, ...s } = search(db, q, { lang: 'any', limit: 12 });
      expect(l, q).toEqual(s);
      return s;
    });
    expect(answers[2]).toEqual({ hits: [], suggestions: [], corrected: null });
    expect(answers[4]!.hits.length).toBeGreaterThan(0);
    expect(answers[1]!.resultsFor).toBe('');
    expect(answers.slice(5).map((a) => [a.resultsFor, a.hits.length])).toEqual([['how old were you', 12], ['smoking', 12]]);
  });
});
