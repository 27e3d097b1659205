// The user's string becomes quoted FTS5 terms only: operators are words, quotes make phrases.
import { describe, expect, it } from 'vitest';
import { cleanQuery } from '../../../electron/services/search/clean-query';
import { parseQuery } from '../../../electron/services/search/fts-query';
import { TIERS, tierQuery } from '../../../electron/services/search/levels';

const fts = (q: string) => tierQuery('typing', parseQuery(q), 'en');
const wording = (q: string) => tierQuery('wording', parseQuery(q), 'en');

describe('FTS5 query building', () => {
  it('quotes every word and matches the last one as a prefix while typing', () => {
    expect(wording('every da')).toBe('{words_en} : "every" AND {words_en} : "da"');
    expect(fts('every da')).toBe('({words_en code} : "every" OR {stems_en} : "everi") AND ({words_en code} : "da" * OR {stems_en} : "da")');
    expect(fts('every day ')).toBeNull(); // nothing typed as a prefix: the stem tier covers it
  });
  it('keeps quoted phrases, open ones as a prefix, with the stems of each word', () => {
    expect(wording('"every day"')).toBe('{words_en} : "every day"');
    expect(fts('"every da')).toBe('({words_en code} : "every da" * OR {stems_en} : "everi da")');
    expect(tierQuery('stem', parseQuery('fumando'), 'es')).toBe('({words_es code} : "fumando" OR {stems_es} : "fum")');
  });
  it('turns operators and syntax into plain words or nothing', () => {
    expect(wording('smoke OR NOT drink')).toBe('{words_en} : "smoke" AND {words_en} : "or" AND {words_en} : "not" AND {words_en} : "drink"');
    expect(wording('text_en:smoke')).toBe('{words_en} : "text" AND {words_en} : "en" AND {words_en} : "smoke"');
    expect(wording('NEAR(a b) * ^ - + {} ()')).toBe('{words_en} : "near" AND {words_en} : "a" AND {words_en} : "b"');
    expect(wording('" * ^ :')).toBeNull();
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
    expect(wording(`${'a'.repeat(1999)} zzz`)).toBe(`{words_en} : "${'a'.repeat(64)}"`); // cut after the space
  });
  it('a prefix needs two letters; words are lower case and composed (NFC)', () => {
    expect(fts('every d')).toBeNull(); // one letter is no prefix: the other tiers cover the words
    expect(wording('every d')).toBe('{words_en} : "every" AND {words_en} : "d"');
    expect(fts('Smoke')).toBe('({words_en code} : "smoke" * OR {stems_en} : "smoke")');
    expect(wording('DI\u0301AS ')).toBe('{words_en} : "d\u00edas"');
  });
  it('a closed phrase is not a prefix; a word after it is', () => {
    expect(fts('"every day" smok')).toBe('({words_en code} : "every day" OR {stems_en} : "everi day") AND ({words_en code} : "smok" * OR {stems_en} : "smok")');
    expect(fts('smok "every day"')).toBeNull();
    expect(parseQuery('"every day" ')).toEqual({ terms: [['every', 'day']], lastIsPrefix: false });
    expect(parseQuery('""')).toEqual({ terms: [], lastIsPrefix: false });
  });
  it('builds every tier, best first, for English, Spanish and both', () => {
    expect(TIERS).toEqual(['wording', 'code', 'stem', 'typing', 'more']);
    const q = parseQuery('every da');
    expect(tierQuery('code', q, 'en')).toBe('{code} : "every" AND {code} : "da"');
    expect(tierQuery('more', q, 'en')).toBe('({words_en more_en code} : "every" OR {stems_en} : "everi") AND ({words_en more_en code} : "da" * OR {stems_en} : "da")');
    expect(tierQuery('more', parseQuery('fumando '), 'es')).toBe('({words_es more_es code} : "fumando" OR {stems_es} : "fum")');
    expect(tierQuery('wording', parseQuery('smoke'), 'any')).toBe('{words_en words_es} : "smoke"');
    // The same phrase sought in several columns is one column filter (one doclist read).
    expect(tierQuery('stem', parseQuery('fumando'), 'any')).toBe('({words_en words_es code stems_en} : "fumando" OR {stems_es} : "fum")');
    expect(tierQuery('typing', parseQuery('smok'), 'any')).toBe('({words_en words_es code} : "smok" * OR {stems_en stems_es} : "smok")');
    expect(tierQuery('more', parseQuery('"every da'), 'any')).toBe('({words_en words_es more_en more_es code} : "every da" * OR {stems_en} : "everi da" OR {stems_es} : "every da")');
  });

  it('keeps at most 16 terms also from phrases and from words cut in several', () => {
    const phrases = Array.from({ length: 20 }, (_, i) => `"p${i} q"`).join(' ');
    expect(parseQuery(phrases).terms).toHaveLength(16);
    expect(parseQuery(phrases).terms.at(-1)).toEqual(['p15', 'q']);
    const fifteen = Array.from({ length: 15 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(`${fifteen} x-y-z`).terms).toHaveLength(16);
    expect(parseQuery(`${fifteen} x-y-z`).terms.at(-1)).toEqual(['x']);
  });

  it('gives null for nothing to search', () => {
    expect(fts('')).toBeNull();
    expect(wording('')).toBeNull();
  });
});
