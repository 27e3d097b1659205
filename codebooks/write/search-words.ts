// Word folding and trigrams shared by the build (vocabulary for suggestions) and the search
// service, so both sides fold a word the way FTS5's unicode61 tokenizer with remove_diacritics does.

/** Lower case without diacritics: "Días" → "dias", "niño" → "nino". */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Trigrams of a word padded with one space on each side, so its start and end count too. */
export function trigramsOf(word: string): string[] {
  const s = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
}
