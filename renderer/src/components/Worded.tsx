// One wording standing for an item (a title, a breadcrumb, a list of related items, the chooser of
// a shared ID, a search hit's "Answer to" line): in the language asked for (the first content
// language shown; English first under both), else the other, inside an element marked with its
// language, so a screen reader reads it in that language whatever the interface's.
import type { ReactNode } from 'react';

type Texts = { en: string | null; es: string | null };

/** The wording in `lang`, else in the other language, with the language it is in; null with none. */
export function wordedIn(text: Texts, lang: 'en' | 'es'): { lang: 'en' | 'es'; text: string } | null {
  const other = lang === 'en' ? 'es' : 'en';
  const l = text[lang] ? lang : text[other] ? other : null;
  return l ? { lang: l, text: text[l]! } : null;
}

export function Worded({ text, lang, fallback }: { text: Texts; lang: 'en' | 'es'; fallback: ReactNode }) {
  const w = wordedIn(text, lang);
  return w ? <span lang={w.lang}>{w.text}</span> : <>{fallback}</>;
}
