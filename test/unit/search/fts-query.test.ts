// The user's string becomes quoted FTS5 terms only: operators are words, quotes make phrases.
import { describe, expect, it } from 'vitest';
import { cleanQuery } from '../../../electron/services/search/search';
import { parseQuery, toFtsQuery } from '../../../electron/services/search/fts-query';

const fts = (q: string) => toFtsQuery(parseQuery(q), ['text_en']);

describe('FTS5 query building', () => {
  it('quotes every word and matches the last one as a prefix', () => {
    expect(fts('every da')).toBe('{text_en} : ("every" AND "da" *)');
    expect(fts('every day ')).toBe('{text_en} : ("every" AND "day")');
  });
  it('keeps quoted phrases, open ones as a prefix', () => {
    expect(fts('"every day"')).toBe('{text_en} : ("every day")');
    expect(fts('"every da')).toBe('{text_en} : ("every da" *)');
  });
  it('turns operators and syntax into plain words or nothing', () => {
    expect(fts('smoke OR NOT drink')).toBe('{text_en} : ("smoke" AND "or" AND "not" AND "drink" *)');
    expect(fts('text_en:smoke')).toBe('{text_en} : ("text" AND "en" AND "smoke" *)');
    expect(fts('NEAR(a b) * ^ - + {} ()')).toBe('{text_en} : ("near" AND "a" AND "b")');
    expect(fts('" * ^ :')).toBeNull();
  });
  it('cleans control characters and lone surrogates', () => {
    expect(cleanQuery('a\u0000b\uD800c\n')).toBe('a b c');
    expect(cleanQuery('😀 ok')).toBe('😀 ok');
    expect(cleanQuery(undefined)).toBe('');
  });
  it('keeps at most 16 terms, 64 letters a word and the first 2,000 characters', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}x`);
    expect(parseQuery(words.join(' ')).terms).toEqual(words.slice(0, 16).map((w) => [w]));
    expect(parseQuery('a-b-c').terms).toEqual([['a'], ['b'], ['c']]); // one typed word, three terms
    expect(parseQuery('x'.repeat(100)).terms).toEqual([['x'.repeat(64)]]);
    expect(fts(`${'a'.repeat(1999)} zzz`)).toBe(`{text_en} : ("${'a'.repeat(64)}")`); // cut after the space
  });
  it('a prefix needs two letters; words are lower case and composed (NFC)', () => {
    expect(fts('every d')).toBe('{text_en} : ("every" AND "d")');
    expect(fts('Smoke')).toBe('{text_en} : ("smoke" *)');
    expect(fts('DI\u0301AS ')).toBe('{text_en} : ("d\u00edas")');
  });
  it('a closed phrase is not a prefix; a word after it is', () => {
    expect(fts('"every day" smok')).toBe('{text_en} : ("every day" AND "smok" *)');
    expect(fts('smok "every day"')).toBe('{text_en} : ("smok" AND "every day")');
    expect(parseQuery('"every day" ')).toEqual({ terms: [['every', 'day']], lastIsPrefix: false });
    expect(parseQuery('""')).toEqual({ terms: [], lastIsPrefix: false });
  });
  it('restricts the match to the columns given, and gives null for nothing to search', () => {
    expect(toFtsQuery(parseQuery('ab'), ['text_en', 'text_es'])).toBe('{text_en text_es} : ("ab" *)');
    expect(toFtsQuery({ terms: [], lastIsPrefix: true }, ['text_en'])).toBeNull();
    expect(fts('')).toBeNull();
  });
});
