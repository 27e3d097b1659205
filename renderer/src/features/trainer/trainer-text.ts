// Text as a participant reads it: the codebook keeps some wording with HTML links and CR/LF.
import type { Texts } from '../../../../electron/contract/models';
import type { Lang } from './trainer-store';

export const plain = (t: string | null | undefined): string =>
  (t ?? '').replace(/<[^>]*>/g, '').replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();

export interface ShownText {
  lang: 'en' | 'es';
  text: string;
  /**
   * Shown in the other language because the chosen one has no text (the screen says so). Not for
   * a text without letters ("0", "10", "1-2"): it reads the same in both languages.
   */
  fallback?: boolean;
}

/** The texts to show for a language choice, each with its language; a missing translation is left out. */
export function shown(texts: Texts, lang: Lang): ShownText[] {
  const langs: ('en' | 'es')[] = lang === 'both' ? ['en', 'es'] : [lang];
  const out: ShownText[] = langs.map((l) => ({ lang: l, text: plain(texts[l]) })).filter((x) => x.text !== '');
  // A participant always sees something: fall back to the other language when one is missing.
  if (out.length === 0) {
    const other = lang === 'es' ? 'en' : 'es';
    const t = plain(texts[other]);
    if (t) out.push({ lang: other, text: t, fallback: /\p{L}/u.test(t) });
  }
  return out;
}
