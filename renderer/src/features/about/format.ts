// Dates and numbers in the UI language. A date-only value ("2026-08-17") is a calendar day, so it
// is formatted in UTC: a local time zone west of Greenwich would otherwise show the day before.
import { dateFormat, numberFormat } from '../../app/intl-cache';

export function formatDay(value: string | null, locale: string | undefined): string | null {
  if (!value) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return day
    ? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d)
    : dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

export const formatPercent = (share: number, locale: string | undefined) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

export const formatNumber = (n: number, locale: string | undefined) => numberFormat(locale).format(n);
