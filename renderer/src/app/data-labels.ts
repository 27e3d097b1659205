// Labels that come with the data but are words of the interface (field types, relationship names,
// provenance fields and places, dates printed in the instrument PDFs): shown in the UI language.
// Anything not known here is shown as the data gives it (a new source's word is never hidden).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatters } from './format';
import { dateFormat } from './intl-cache';

const RELATIONSHIPS: Record<string, string> = {
  'Has Module': 'hasModule',
  'Has parent': 'hasParent',
  'Has answer': 'hasAnswer',
  'Answer of': 'answerOf',
  'Maps to value': 'mapsToValue',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type T = TFunction<'common'>;
const known = (t: T, key: string, fallback: string): string => {
  const v = t(key as never, { defaultValue: '' }) as string;
  return v === '' ? fallback : v;
};

/** A month index from an English month name or abbreviation ("May", "Sept", "December"). */
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());

/** "May 30, 2017", "Dec 2020", "Fall 2021" as the PDFs print them, in the UI language. */
export function printedDate(text: string, locale: string, t: T): string {
  const full = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(text.trim());
  if (full && monthOf(full[1]!) >= 0) {
    const iso = `${full[3]}-${String(monthOf(full[1]!) + 1).padStart(2, '0')}-${full[2]!.padStart(2, '0')}`;
    return formatters(locale).date(iso);
  }
  const monthYear = /^([A-Za-z]+)\.? (\d{4})$/.exec(text.trim());
  if (monthYear && monthOf(monthYear[1]!) >= 0)
    return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+monthYear[2]!, monthOf(monthYear[1]!), 1)));
  const season = /^(Spring|Summer|Fall|Winter|New Year) (\d{4})$/.exec(text.trim());
  if (season) return t(`data.season.${season[1]}` as never, { year: season[2] }) as string;
  return text;
}

/** A CSV record's place ("row 4", "row 4 (line 6)", "rows 2, 3 (line 5), 4"; codebooks/read/csv.ts). */
const ROWS = String.raw`rows? \d+(?: \(line \d+\))?(?:, \d+(?: \(line \d+\))?)*(?:, \.\.\.)?`;
const ROWS_ONLY = new RegExp(`^${ROWS}$`);
const INFERRED_RULE = new RegExp(`^(${ROWS}); inferred: the same rule names this answer by code in (\\S+) \\((${ROWS})\\)$`);
const INFERRED_VALUE = new RegExp(`^(${ROWS}); inferred: its value concept is an ID-only answer of the same question$`);

function rowsAt(at: string, t: T): string {
  const one = /^row (\d+)(?: \(line (\d+)\))?$/.exec(at);
  if (one) return one[2] ? t('data.at.rowLine', { row: one[1], line: one[2] }) : t('data.at.row', { row: one[1] });
  const items = at.slice('rows '.length).split(', ').map((item) => {
    const m = /^(\d+) \(line (\d+)\)$/.exec(item);
    return m ? t('data.at.rowLineItem', { row: m[1], line: m[2] }) : item;
  });
  return t('data.at.rows', { rows: items.join(', ') });
}

/** Where in a source file a fact was read ("row 4", "page 12", a JSON path), in the UI language. */
export function provenanceAt(at: string, t: T): string {
  if (ROWS_ONLY.test(at)) return rowsAt(at, t);
  let m: RegExpExecArray | null;
  if ((m = /^row (\d+) choices$/.exec(at))) return t('data.at.rowChoices', { row: m[1] });
  if ((m = /^page (\d+)$/.exec(at))) return t('data.at.page', { page: m[1] });
  // The printed words quoted after the page ("page 4: \"PPI1585846. Male\"") are the source's own.
  if ((m = /^page (\d+): (".*")$/.exec(at))) return `${t('data.at.page', { page: m[1] })}: ${m[2]}`;
  if ((m = /^page (\d+); same English wording as (\S+)$/.exec(at))) return t('data.at.pageSameEnglish', { page: m[1], code: m[2] });
  if ((m = /^page (\d+); same wording as (\S+)$/.exec(at))) return t('data.at.pageSameWording', { page: m[1], code: m[2] });
  if ((m = INFERRED_RULE.exec(at)))
    return t('data.at.inferredRule', { at: rowsAt(m[1]!, t), file: m[2], other: rowsAt(m[3]!, t) });
  if ((m = INFERRED_VALUE.exec(at)))
    return t('data.at.inferredValue', { at: rowsAt(m[1]!, t) });
  return at; // a JSON path: the same in every language
}

export function dataLabels(t: T, locale: string) {
  return {
    fieldType: (type: string) => known(t, `data.fieldType.${type}`, type),
    relationship: (name: string) => (RELATIONSHIPS[name] ? (t(`data.relationship.${RELATIONSHIPS[name]}` as never) as string) : name),
    provenanceField: (field: string) => known(t, `data.provField.${field.replace(/\./g, '_')}`, field),
    /** A provenance value: the kind, field type and concept class are words of the UI. */
    provenanceValue: (field: string, value: string) =>
      field === 'kind' ? known(t, `data.kind.${value.toLowerCase()}`, value)
      : field === 'fieldType' ? known(t, `data.fieldType.${value}`, value)
      : field === 'conceptClass' ? known(t, `data.conceptClass.${value}`, value)
      : value,
    provenanceAt: (at: string) => provenanceAt(at, t),
    printedDate: (text: string) => printedDate(text, locale, t),
  };
}

export function useDataLabels() {
  const { t, i18n } = useTranslation('common');
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => dataLabels(t, locale), [t, locale]);
}
