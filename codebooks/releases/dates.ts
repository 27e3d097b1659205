// Dates of releases, only as the sources write them: an edition's month ("Nov 2020"), a printed
// "Version: May 31, 2018", a questionnaire version that spells a date (V10.21.19, v2019.10.07).
// Anything else stays undated ("date unknown"), never guessed.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Seasons only order releases (a sort key); they are not turned into a month.
const SEASON_ORDER: Record<string, string> = { 'new year': '00', winter: '01', spring: '04', summer: '07', fall: '10' };

const pad = (n: number) => String(n).padStart(2, '0');

/** 1-12 for a month name or its abbreviation ("Nov", "November", "Sept"), else null. */
export function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.trim().toLowerCase().slice(0, 3));
  return i < 0 ? null : i + 1;
}

export interface EditionDate {
  /** ISO month (2020-11) or year (2021) as the edition names it. */
  date: string;
  /** Sorts editions of one module; equals `date` for months. */
  sortKey: string;
  /** "November 2020", or the edition's own words for a season. */
  label: string;
  month: boolean;
}

/** "Nov 2020" → 2020-11; "Summer 2021" → year 2021 (sorted as summer). */
export function editionDate(edition: string): EditionDate | null {
  const m = /^\s*([A-Za-z][A-Za-z ]*?)\s+(\d{4})\s*$/.exec(edition);
  if (!m) return null;
  const year = m[2]!;
  const month = monthNumber(m[1]!);
  if (month !== null && m[1]!.length >= 3) {
    const date = `${year}-${pad(month)}`;
    return { date, sortKey: date, label: `${MONTH_NAMES[month - 1]} ${year}`, month: true };
  }
  const season = SEASON_ORDER[m[1]!.toLowerCase()];
  return season ? { date: year, sortKey: `${year}-${season}`, label: `${m[1]} ${year}`, month: false } : null;
}

/** "May 31, 2018" → 2018-05-31. */
export function printedDate(text: string): string | null {
  const m = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  return month === null ? null : `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`;
}

function valid(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 2015 || y > 2030) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * A questionnaire version that spells a date: V2020.07.07 / v2019.10.07 (year first),
 * V12.02.2019 (month first), V10.21.19 (month, day, two-digit year), 10072019 (MMDDYYYY).
 * Plain counters (169, 4) give no date.
 */
export function versionDate(version: string): string | null {
  const v = version.trim().replace(/^v/i, '');
  let m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(v);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(v);
  if (m) return valid(m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[1]!, +m[2]!);
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(v);
  if (m) return valid(+m[3]!, +m[1]!, +m[2]!);
  return null;
}

/** Minute surveys carry their month in the module code: SNAP_PETS_TYPE_042019 → 2019-04. */
export function moduleCodeMonth(code: string | null): string | null {
  const m = /_(\d{2})(\d{4})$/.exec(code ?? '');
  if (!m || +m[1]! < 1 || +m[1]! > 12 || +m[2]! < 2015 || +m[2]! > 2030) return null;
  return `${m[2]}-${m[1]}`;
}

/** "2020-11" → "November 2020"; other dates as they are. */
export function monthLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m ? `${MONTH_NAMES[+m[2]! - 1]} ${m[1]}` : date;
}
