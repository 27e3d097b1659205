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

/**
 * Starts preparing, one search per task; stops if the handle is closed meanwhile, or at an error
 * (logged: it only delays what a user's query reads anyway). Resolves when done. `run`: the search.
 */
export function prepareSearch(db: Codebook, run: (db: Codebook, q: string, o: Record<string, unknown>) => unknown = search): Promise<void> {
  return new Promise((done) => {
    const step = (i: number) => {
      if (i === PATHS.length || !db.open) return done();
      try {
        run(db, PATHS[i]![0], PATHS[i]![1]);
      } catch (e) {
        console.error(`search preparation stopped at ${JSON.stringify(PATHS[i]![0])}:`, e);
        return done();
      }
      setImmediate(step, i + 1);
    };
    setImmediate(step, 0);
  });
}

/** How many searches a preparation runs. */
export const PREPARE_STEPS = PATHS.length;
