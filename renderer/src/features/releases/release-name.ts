// A release as people read it: "November 2020", "2017 edition (30 May 2017)", "current".
import type { TFunction } from 'i18next';
import { dateFormat } from '../../app/intl-cache';

interface Named {
  label: string;
  date: string | null;
  current?: boolean;
}

/** An ISO date, month or year in the interface's language. */
export function formatReleaseDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return dateFormat(lang, opts).format(at);
}

export function releaseName(r: Named, t: TFunction<'releases'>, lang: string): string {
  const q = /^Questionnaire (\S+)/.exec(r.label);
  const edition = /^(\d{4}) edition$/.exec(r.label);
  const label =
    r.label === 'current' ? t('current') : r.label === 'last release' ? t('lastRelease') : q ? t('questionnaire', { version: q[1] }) : edition ? t('edition', { year: edition[1] }) : (monthLabel(r, lang) ?? r.label);
  const date = r.date && !/^\d{4}-\d{2}$/.test(r.date) ? ` (${formatReleaseDate(r.date, lang)})` : '';
  return `${label}${date}${r.current && r.label !== 'current' ? ` · ${t('default')}` : ''}`;
}

/** A monthly release named by its month in the interface's language ("noviembre de 2020"). */
function monthLabel(r: Named, lang: string): string | null {
  return r.date && /^\d{4}-\d{2}$/.test(r.date) ? formatReleaseDate(r.date, lang) : null;
}
