// Numbers and dates in the UI language's conventions (F11).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function formatters(locale: string) {
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
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
  return useMemo(() => formatters(locale), [locale]);
}
