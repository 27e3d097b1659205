// suggest.ts's view of the vocabulary over the in-memory index: search_vocab holds the words of
// the words_* and more_* columns, three letters or more, without digits (search-index.ts). It
// tells whether the service would skip its text tiers (a word it does not know) or look for a
// spelling, so the renderer answers exactly where the service would not.
import { foldWord } from '../../../../../codebooks/write/search-words';
import type { ParsedQuery } from '../../../../../electron/services/search/fts-query';
import type { Column, LocalIndex } from './local-index';
import { firstAtLeast } from '../../../../../electron/services/search/sorted-terms';

const VOCAB: Column[] = ['words_en', 'words_es', 'more_en', 'more_es'];

/** suggest.ts's isKnown without the lookup: short words and words with digits are left as typed. */
const leftAsTyped = (w: string) => w.length < 3 || /\d/.test(w);

function inVocab(ix: LocalIndex, word: string, asPrefix: boolean): boolean {
  return VOCAB.some((c) => {
    const { postings, terms } = ix.columns[c];
    if (!asPrefix) return postings.has(word);
    for (let i = firstAtLeast(terms, word); i < terms.length && terms[i]!.startsWith(word); i++) if (!/\d/.test(terms[i]!)) return true;
    return false;
  });
}

function known(ix: LocalIndex, parsed: ParsedQuery, folded: boolean): boolean[] {
  const words = parsed.terms.flat();
  return words.map((w, i) => leftAsTyped(w) || inVocab(ix, folded ? foldWord(w) : w, i === words.length - 1 && parsed.lastIsPrefix));
}

/** suggest.ts's hasUnknownWord: some word is not an indexed word (nor the start of one, while typed). */
export function hasUnknownWord(ix: LocalIndex, parsed: ParsedQuery): boolean {
  return known(ix, parsed, true).includes(false);
}

/** suggestQueries finds no word to correct (it looks words up as typed): it suggests nothing. */
export function nothingToCorrect(ix: LocalIndex, parsed: ParsedQuery): boolean {
  return !known(ix, parsed, false).includes(false);
}
