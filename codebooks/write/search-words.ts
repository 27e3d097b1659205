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

const CODE_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

/**
 * The words a code is written with, where its parts are written in camel case
 * ("Snap_ExercisePreference" → "exercise preference", "Smoking_100CigsLifetime" → "100 cigs lifetime"):
 * codes name what an item is about, and a researcher types those words, not the joined part.
 * Parts without both cases are left whole ("smoking", "COPE", "phq9": an instrument's name, not
 * "phq 9"); null when no part splits.
 */
export function codeWords(code: string | null): string | null {
  const words: string[] = [];
  for (const part of code?.split(/[^\p{L}\p{N}]+/u) ?? []) {
    const split = part.match(CODE_PART) ?? [];
    if (split.length > 1 && split.join('') === part && /\p{Ll}/u.test(part) && /\p{Lu}/u.test(part)) words.push(...split.map((w) => w.toLowerCase()));
  }
  return words.length > 0 ? words.join(' ') : null;
}
