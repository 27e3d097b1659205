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
import type { Alternative } from './index-tokens';

export type Lang = 'en' | 'es' | 'any';
export type Tier = 'wording' | 'code' | 'typing' | 'stem' | 'more';
export const TIERS: readonly Tier[] = ['wording', 'code', 'stem', 'typing', 'more'];
export const LEVELS: readonly (readonly Tier[])[] = [['wording', 'code'], ['stem'], ['typing'], ['more']];

const WORDS: Record<Lang, string[]> = { en: ['words_en'], es: ['words_es'], any: ['words_en', 'words_es'] };
const MORE: Record<Lang, string[]> = { en: ['more_en'], es: ['more_es'], any: ['more_en', 'more_es'] };
const STEM_LANGS: Record<Lang, ('en' | 'es')[]> = { en: ['en'], es: ['es'], any: ['en', 'es'] };

/** A term as an FTS5 phrase: its words quoted, never FTS5 syntax. */
const phrase = (a: Alternative) => `"${a.words.join(' ')}"${a.prefix ? ' *' : ''}`;

/**
 * A term's alternatives as one FTS5 expression. Columns sought with the same phrase share one
 * filter: a word that is its own stem ("cell") is then one lookup of its doclist instead of one
 * per column group, with the same matches.
 */
function anyOf(alternatives: readonly Alternative[]): string {
  const byPhrase = new Map<string, string[]>();
  for (const a of alternatives) {
    const p = phrase(a);
    const cols = byPhrase.get(p);
    if (cols) cols.push(...a.cols);
    else byPhrase.set(p, [...a.cols]);
  }
  const parts = [...byPhrase].map(([p, cols]) => `{${cols.join(' ')}} : ${p}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** The English stem the build paired with a Spanish word (search_translations), if any. */
export type EnglishStem = (word: string) => string | null;

/**
 * A term's stems in each language sought. In both languages, a one-word term also seeks the
 * English stem of its Spanish stem ("fuman" → "smoke"), which finds the items worded in English only.
 */
function stemAlternatives(words: string[], lang: Lang, english: EnglishStem): Alternative[] {
  const out = STEM_LANGS[lang].map((l): Alternative => ({ cols: [`stems_${l}`], words: words.map((w) => stemWord(w, l)), prefix: false }));
  const en = lang === 'any' && words.length === 1 ? english(words[0]!) : null;
  if (en && en !== stemWord(words[0]!, 'en')) out.push({ cols: ['stems_en'], words: [en], prefix: false });
  return out;
}

/** A tier's terms, all required, each as its alternatives; null when the tier adds nothing for this query. */
export function tierTerms(tier: Tier, q: ParsedQuery, lang: Lang, english: EnglishStem = () => null): Alternative[][] | null {
  if (q.terms.length === 0) return null;
  const last = q.terms.length - 1;
  // Prefix only for a last word of two or more letters: one letter would match most of the index.
  const typing = (i: number) => i === last && q.lastIsPrefix && q.terms[last]!.at(-1)!.length >= 2;
  if (tier === 'typing' && !typing(last)) return null;
  return q.terms.map((t, i): Alternative[] => {
    const alt = (cols: string[], prefix: boolean): Alternative => ({ cols, words: t, prefix });
    switch (tier) {
      case 'wording': return [alt(WORDS[lang], false)];
      case 'code': return [alt(['code'], false)];
      case 'stem': return [alt([...WORDS[lang], 'code'], false), ...stemAlternatives(t, lang, english)];
      case 'typing': return [alt([...WORDS[lang], 'code'], typing(i)), ...stemAlternatives(t, lang, english)];
      case 'more': return [alt([...WORDS[lang], ...MORE[lang], 'code'], typing(i)), ...stemAlternatives(t, lang, english)];
    }
  });
}

/** A tier's terms as one FTS5 expression. */
export const ftsExpression = (terms: readonly (readonly Alternative[])[]): string => terms.map(anyOf).join(' AND ');

/** The FTS5 expression of a tier, or null when the tier adds nothing for this query. */
export function tierQuery(tier: Tier, q: ParsedQuery, lang: Lang, english: EnglishStem = () => null): string | null {
  const terms = tierTerms(tier, q, lang, english);
  return terms && ftsExpression(terms);
}
