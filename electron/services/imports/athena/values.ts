// Checks of single values of Athena rows, each failing with file, line and column.
import { SourceError } from '../../../../codebooks/errors';

export function wholeNumber(v: string, file: string, line: number, column: string): number {
  // Fast path, digit by digit (most of the values of an import): up to 15 digits is always a safe integer.
  const neg = v.charCodeAt(0) === 45 ? 1 : 0;
  if (v.length > neg && v.length - neg <= 15) {
    let d = 0;
    let i = neg;
    for (; i < v.length; i++) {
      const c = v.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      d = d * 10 + c;
    }
    if (i === v.length) return neg ? -d : d;
  }
  const n = Number(v);
  if (v === '' || !Number.isSafeInteger(n) || !/^-?\d+$/.test(v)) throw new SourceError(file, line, column, `"${v.slice(0, 40)}" is not a whole number`);
  return n;
}

export function optionalNumber(v: string, file: string, line: number, column: string): number | null {
  return v === '' ? null : wholeNumber(v, file, line, column);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Athena writes dates as YYYYMMDD; the CDM allows YYYY-MM-DD. Stored as YYYY-MM-DD. */
export function date(v: string, file: string, line: number, column: string): string | null {
  const d = isoDate(v);
  if (d === undefined) throw new SourceError(file, line, column, `"${v.slice(0, 40)}" is not a date (YYYYMMDD or YYYY-MM-DD)`);
  return d;
}

/** The date as YYYY-MM-DD, null when empty, undefined when it is not a date. */
export function isoDate(v: string): string | null | undefined {
  if (v === '') return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]! ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

/** One FTS token for a vocabulary id ("RxNorm Extension" → vrxnormextension), so the filter is one term. */
export function vocabularyToken(vocabularyId: string): string {
  return 'v' + vocabularyId.toLowerCase().replace(/[^a-z0-9]/g, '');
}
