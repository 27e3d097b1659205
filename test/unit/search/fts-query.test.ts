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
});
