// The text tiers of the search. Each is one FTS5 expression over search_text, read in
// search_docs order (modules, questions, topics, answers; shorter wording first), which FTS5
// gives without sorting: a tier reads its first matches and stops. Tiers are grouped in levels,
// best first; a row found by a better level is not shown again by a later one. The first level
// is the best of wording and code: either one, exactly (issue 16).
//   wording   every word, exactly, in the item's own wording
//   code      every word in its code (cut at "_" and at camel case); codes starting with the
//             whole query join it
//   stem      every word exactly or by its stem (EN and ES Snowball) in wording or code
//   typing    the same, the last word as a prefix (of a word or a code part) while typing
//   more      every word anywhere: a question's answer labels and help text too
import { stemWord } from '../../../codebooks/write/search-stems';
import type { ParsedQuery } from './fts-query';

export type Lang = 'en' | 'es' | 'any';
export type Tier = 'wording' | 'code' | 'typing' | 'stem' | 'more';
export const TIERS: readonly Tier[] = ['wording', 'code', 'stem', 'typing', 'more'];
export const LEVELS: readonly (readonly Tier[])[] = [['wording', 'code'], ['stem'], ['typing'], ['more']];

const WORDS: Record<Lang, string> = { en: 'words_en', es: 'words_es', any: 'words_en words_es' };
const MORE: Record<Lang, string> = { en: 'more_en', es: 'more_es', any: 'more_en more_es' };
const STEM_LANGS: Record<Lang, ('en' | 'es')[]> = { en: ['en'], es: ['es'], any: ['en', 'es'] };

/** A term as an FTS5 phrase: its words quoted, never FTS5 syntax. */
const phrase = (words: string[], prefix: boolean) => `"${words.join(' ')}"${prefix ? ' *' : ''}`;

/**
 * A term's alternatives (columns and the phrase sought there) as one FTS5 expression. Columns
 * sought with the same phrase share one filter: a word that is its own stem ("cell") is then one
 * lookup of its doclist instead of one per column group, with the same matches.
 */
function anyOf(alternatives: [string, string][]): string {
  const byPhrase = new Map<string, string[]>();
  for (const [cols, p] of alternatives) byPhrase.set(p, [...(byPhrase.get(p) ?? []), cols]);
  const parts = [...byPhrase].map(([p, cols]) => `{${cols.join(' ')}} : ${p}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** The English stem the build paired with a Spanish word (search_translations), if any. */
export type EnglishStem = (word: string) => string | null;

/**
 * A term's stems in each language sought. In both languages, a one-word term also seeks the
 * English stem of its Spanish stem ("fuman" → "smoke"), which finds the items worded in English only.
 */
function stemAlternatives(words: string[], lang: Lang, english: EnglishStem): [string, string][] {
  const out = STEM_LANGS[lang].map((l): [string, string] => [`stems_${l}`, phrase(words.map((w) => stemWord(w, l)), false)]);
  const en = lang === 'any' && words.length === 1 ? english(words[0]!) : null;
  if (en && en !== stemWord(words[0]!, 'en')) out.push(['stems_en', phrase([en], false)]);
  return out;
}

/** The FTS5 expression of a tier, or null when the tier adds nothing for this query. */
export function tierQuery(tier: Tier, q: ParsedQuery, lang: Lang, english: EnglishStem = () => null): string | null {
  if (q.terms.length === 0) return null;
  const last = q.terms.length - 1;
  // Prefix only for a last word of two or more letters: one letter would match most of the index.
  const typing = (i: number) => i === last && q.lastIsPrefix && q.terms[last]!.at(-1)!.length >= 2;
  if (tier === 'typing' && !typing(last)) return null;
  const parts = q.terms.map((t, i) => {
    switch (tier) {
      case 'wording': return `{${WORDS[lang]}} : ${phrase(t, false)}`;
      case 'code': return `{code} : ${phrase(t, false)}`;
      case 'stem': return anyOf([[`${WORDS[lang]} code`, phrase(t, false)], ...stemAlternatives(t, lang, english)]);
      case 'typing': return anyOf([[`${WORDS[lang]} code`, phrase(t, typing(i))], ...stemAlternatives(t, lang, english)]);
      case 'more': return anyOf([[`${WORDS[lang]} ${MORE[lang]} code`, phrase(t, typing(i))], ...stemAlternatives(t, lang, english)]);
    }
  });
  return parts.join(' AND ');
}
