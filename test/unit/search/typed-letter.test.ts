// A word is looked for by its beginning from its second letter (levels.ts's typing tier), so while
// a new word's first letter alone is typed it matches only one-letter words ("vitamin d"). Where
// that finds nothing, the search shows the results of the words before it and says so
// (resultsFor), rather than "no matches" at the start of every word; a letter alone asks for
// another. On the real database; the local search answers these as the service does
// (local-search.test.ts reads the queries of this file).
import { afterAll, describe, expect, it } from 'vitest';
import { beforeTypedLetter } from '../../../electron/services/search/fts-query';
import { search } from '../../../electron/services/search/search';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const codes = (r: { hits: { code: string | null }[] }) => r.hits.map((h) => h.code);

describe('a last word of one letter, as typed', () => {
  it('is the letter at the end of the query, outside a phrase, and not part of a longer chunk', () => {
    expect(beforeTypedLetter('how old were you w')).toBe('how old were you');
    // Shown as words: single spaces, no punctuation left hanging.
    expect(beforeTypedLetter('smoking  (f')).toBe('smoking');
    expect(beforeTypedLetter('how\told were you w.')).toBe('how old were you');
    expect(beforeTypedLetter('w')).toBe('');
    expect(beforeTypedLetter('(w')).toBe('');
    // A closed phrase before it stays closed: "smok" is still a whole word, not a beginning.
    expect(beforeTypedLetter('"smok "f')).toBe('"smok "');
    expect(beforeTypedLetter('how old were you wh')).toBeNull();
    expect(beforeTypedLetter(Array(17).fill('word').join(' ') + ' w')).toBeNull(); // past the 16 words searched
    expect(beforeTypedLetter('"how old w')).toBeNull();
    expect(beforeTypedLetter('how old were you')).toBeNull();
  });

  it('where it finds nothing, shows the results of the words before it, saying so', () => {
    const typed = search(db, 'how old were you w', { limit: 12 });
    const before = search(db, 'how old were you', { limit: 12 });
    expect(before.hits.length).toBe(12);
    expect(typed.resultsFor).toBe('how old were you');
    expect(typed.hits).toEqual(before.hits);
    expect(typed.corrected).toBeNull();
    expect(before.resultsFor).toBeUndefined();
    // With filters, in one language: the words before it, with the same filters.
    const questions = search(db, 'smoking f', { kind: 'question', lang: 'en', limit: 20 });
    expect(questions.resultsFor).toBe('smoking');
    expect(questions.hits).toEqual(search(db, 'smoking', { kind: 'question', lang: 'en', limit: 20 }).hits);
    expect(new Set(questions.hits.map((h) => h.kind))).toEqual(new Set(['question']));
  });

  it('only the last letter is dropped, never one-letter words typed whole before it', () => {
    // "w" finds nothing after these words (the test above): "how old were you w f" is not "how old were you".
    expect(search(db, 'how old were you w', { limit: 12 }).resultsFor).toBe('how old were you');
    const r = search(db, 'how old were you w f', { limit: 12 });
    expect(r.resultsFor).toBeUndefined();
    expect(r.hits).toEqual([]);
    // A closed phrase keeps its words whole.
    const phrase = search(db, '"how old "w', { limit: 12 });
    expect(phrase.resultsFor).toBe('"how old "');
    expect(phrase.hits).toEqual(search(db, '"how old "', { limit: 12 }).hits);
    expect(phrase.hits.length).toBeGreaterThan(0);
  });

  it('a one-letter word the codebook holds is found as it is', () => {
    const d = search(db, 'vitamin d', { limit: 12 });
    expect(d.resultsFor).toBeUndefined();
    expect(d.hits.length).toBeGreaterThan(0);
    expect(codes(d)).not.toEqual(codes(search(db, 'vitamin', { limit: 12 })));
    expect(codes(d)[0]).toMatch(/vitamin_?d/i);
    expect(search(db, 'd', { limit: 12 }).resultsFor).toBeUndefined();
  });

  it('a letter alone that is no word asks for another letter rather than saying nothing matches', () => {
    const f = search(db, 'f', { limit: 12 });
    expect(f).toMatchObject({ hits: [], suggestions: [], corrected: null, resultsFor: '' });
    expect(search(db, 'fa', { limit: 12 }).hits.length).toBe(12);
  });

  it('not where the words before it were misspelled: their correction is not shown in its place', () => {
    expect(search(db, 'cigarete', { limit: 12 }).corrected).toBe('cigarette');
    const r = search(db, 'cigarete w', { limit: 12 });
    expect(r.resultsFor).toBeUndefined();
    expect(r.hits).toEqual([]);
  });
});
