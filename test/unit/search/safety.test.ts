// Property: no typed string, however hostile, makes the search throw; every answer has the
// contract's shape. 10,050 generated strings against the real database.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchResult } from '../../../electron/contract/models';
import { search } from '../../../electron/services/search/search';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

// FTS5 query syntax, column names of search_text, and a few words that are in the index.
const TOKENS = ['AND', 'OR', 'NOT', 'NEAR', 'NEAR(', '"', '*', '^', ':', '(', ')', '{', '}', '-', '+', ',', "'", '\\', '%', '_',
  'code', 'text_en', 'text_es', 'answers_en', 'answers_es', 'help', 'search_text', 'rank', 'bm25', '0', '7', '1585860', '-1',
  'smoke', 'días', 'dias', 'cigarr', 'every day', 'PMI_DontKnow', '\u0000', '\u0002', '\u0003', '\n', '\t', ' ', '\uD800', '\uDFFF', 'ﬁ', 'İ'];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates included
const syntaxString = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).chain((ts) =>
  fc.array(fc.constantFrom('', ' ', '  '), { minLength: ts.length, maxLength: ts.length }).map((seps) => ts.map((t, i) => t + seps[i]).join('')),
);

function safe(q: string, options: object = {}): void {
  const r = search(db, q, options);
  expect(() => SearchResult.parse(r)).not.toThrow();
  for (const h of r.hits) expect(h.snippet).not.toMatch(/<(?!\/?mark>)/);
}

describe('search is safe for any input', () => {
  it('any string of code points (fc.string, binary)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (q) => safe(q)), { numRuns: 2500, seed: 1 });
  });
  it('any string of code units, lone surrogates and control characters included', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 60 }), (q) => safe(q)), { numRuns: 2500, seed: 2 });
  });
  it('any sequence of FTS5 syntax, column names, digits and indexed words', () => {
    fc.assert(fc.property(syntaxString, (q) => safe(q)), { numRuns: 3500, seed: 3 });
  }, 180_000); // each run may try a spelling correction: minutes on a loaded shared machine
  it('hostile filters too', () => {
    const filter = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('lifestyle', '1585855', 'TUS-CPS', "' OR 1=1 --")), { nil: undefined });
    fc.assert(
      fc.property(syntaxString, filter, filter, fc.constantFrom('en', 'es', 'any'), (q, survey, instrument, lang) => safe(q, { survey, instrument, lang })),
      { numRuns: 1500, seed: 4 },
    );
  });
  it('strings of 20,000 characters', () => {
    const long = fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: 20_000, maxLength: 20_000 }), syntaxString.map((s) => (s + ' ').repeat(20_000).slice(0, 20_000)));
    fc.assert(fc.property(long, (q) => safe(q)), { numRuns: 50, seed: 5 });
  });
  it('named hostile strings', () => {
    for (const q of ['"', '""', '"""', '*', 'NEAR(a b, 2)', 'text_en:smoke', '{code}: x', '^smoke', 'a OR', '-', '\uD800', '\u0000', '', '   ', 'x'.repeat(20_000)]) safe(q);
    expect(search(db, 42 as unknown).hits).toEqual([]); // not a string at all
  });
});
