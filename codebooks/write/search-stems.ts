// English and Spanish stems (Snowball), shared by the build (the stems_* columns of search_text)
// and the search service (the stems of the words typed), so that "smoke" finds "smoking" and
// "fumar" finds "fuma". A word is stemmed as written (accents help the Spanish stemmer), then
// folded like every indexed word, so a stem typed without accents matches too.
import snowball from 'snowball-stemmers';
import { foldWord } from './search-words';
import { STEMMER_NAMES } from './stemmer-names';

export type StemLang = 'en' | 'es';

const stemmers = { en: snowball.newStemmer(STEMMER_NAMES.en), es: snowball.newStemmer(STEMMER_NAMES.es) };
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// Stemming is the costly part of building a query: the words typed recur keystroke after keystroke.
const cache = { en: new Map<string, string>(), es: new Map<string, string>() };

export function stemWord(word: string, lang: StemLang): string {
  const c = cache[lang];
  let s = c.get(word);
  if (s === undefined) {
    if (c.size > 50_000) c.clear();
    c.set(word, (s = foldWord(stemmers[lang].stem(word.toLowerCase()))));
  }
  return s;
}

/** The stems of a text's words, space-separated, in order (what the stems_* columns hold). */
export function stemsOf(text: string | null | undefined, lang: StemLang): string | null {
  if (!text) return null;
  return (text.match(WORD) ?? []).map((w) => stemWord(w, lang)).join(' ');
}
