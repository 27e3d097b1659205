// A survey's name in the interface's language: its Spanish module title from the codebook in the
// Spanish interface where the sources give one, else its English name, marked lang="en" so a
// screen reader does not read it with Spanish rules.
import type { Texts } from '../../../electron/contract/models';

export interface NameInLanguage {
  text: string;
  /** The language of `text` when it differs from the interface's (or is unknown: a code). */
  lang: 'en' | 'es' | undefined;
}

export function surveyName(s: { slug: string; code?: string | null; name: Texts }, uiLanguage: string | undefined): NameInLanguage {
  const es = uiLanguage === 'es';
  if (es && s.name.es) return { text: s.name.es, lang: undefined };
  if (s.name.en) return { text: s.name.en, lang: es ? 'en' : undefined };
  return { text: s.code ?? s.slug, lang: undefined };
}
