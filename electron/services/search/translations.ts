// The English stem of a Spanish word, as the build learnt it from the codebook's bilingual
// wordings (search_translations: "fumar" → "smoke"), so a Spanish query can tell which English
// codes name its topic. One lookup per word, kept per handle (the database never changes).
import { stemWord } from '../../../codebooks/write/search-stems';
import type { Codebook } from '../store';
import { prepared } from './statements';

const kept = new WeakMap<Codebook, Map<string, string | null>>();

export function englishStemOf(db: Codebook, word: string): string | null {
  let m = kept.get(db);
  if (!m) kept.set(db, (m = new Map()));
  let en = m.get(word);
  if (en === undefined) {
    if (m.size > 10_000) m.clear();
    const row = prepared(db, 'SELECT en FROM search_translations WHERE es = ?').pluck().get(stemWord(word, 'es')) as string | undefined;
    m.set(word, (en = row ?? null));
  }
  return en;
}
