// Numbers and dates in the UI language's conventions (F11).
import { useTranslation } from 'react-i18next';
import { dateFormat, numberFormat } from './intl-cache';

const made = new Map<string, ReturnType<typeof makeFormatters>>();

/** One set per locale, shared by every row that formats. */
export function formatters(locale: string) {
  let f = made.get(locale);
  if (!f) made.set(locale, (f = makeFormatters(locale)));
  return f;
}

function makeFormatters(locale: string) {
  const number = numberFormat(locale);
  const date = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (n: number) => number.format(n),
    /** An ISO date (YYYY-MM-DD or a full timestamp); anything unparseable is shown as given. */
    date: (iso: string) => {
      const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return formatters(locale);
}
