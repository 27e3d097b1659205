// What a search reads into memory once per handle (the index's tokens, codes and postings, the
// vocabulary and its trigrams for suggestions, the prepared statements), read ahead of need: the
// first misspelled query otherwise pays for it (about 100 ms, against 5–10 ms warm). A few
// searches of each kind, their answers dropped: the same paths a user's queries take, so nothing
// is read that they would not read. One search per task, so requests between them are not held.
import type { Codebook } from '../store';
import { search } from './search';

/** Made-up queries, one per path: a word, a misspelling, a concept ID, a code prefix, Spanish, a filter. */
const PATHS: [string, Record<string, unknown>][] = [
  ['health', {}],
  ['helth', {}],
  ['1', {}],
  ['Smoking_', {}],
  ['salud', { lang: 'es' }],
  ['health', { lang: 'en', kind: 'question' }],
];

/** Starts preparing, one search per task; stops if the handle is closed meanwhile. Resolves when done. */
export function prepareSearch(db: Codebook): Promise<void> {
  return new Promise((done) => {
    const step = (i: number) => {
      if (i === PATHS.length || !db.open) return done();
      search(db, PATHS[i]![0], PATHS[i]![1]);
      setImmediate(step, i + 1);
    };
    setImmediate(step, 0);
  });
}
