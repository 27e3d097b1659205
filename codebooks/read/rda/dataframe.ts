import { SourceError } from '../../errors';
import { attr, classOf, namesOf, type RValue } from './values';

/** A data.frame read out of an R list: named columns of equal length. */
export interface DataFrame {
  /** The object's name, used in error messages. */
  name: string;
  columns: string[];
  nrow: number;
  /** The column vector; a SourceError naming the column when the data frame lacks it. */
  column(name: string): RValue;
  /** A cell as text: strings as they are, factor levels, numbers, TRUE/FALSE, ISO dates; null for NA. */
  text(name: string, row: number): string | null;
  /** A cell as a whole number; null for NA; an error naming row and column otherwise. */
  int(name: string, row: number): number | null;
}

export function asDataFrame(value: RValue, name: string, file: string): DataFrame {
  const fail = (field: string | null, problem: string): never => {
    throw new SourceError(file, `object ${name}`, field, problem);
  };
  if (value.type !== 'list' || !classOf(value).includes('data.frame')) {
    fail(null, `expected a data.frame, found ${value.type} of class ${classOf(value).join('/') || 'none'}`);
  }
  const cols = (value as Extract<RValue, { type: 'list' }>).data;
  const names = namesOf(value);
  if (!names || names.length !== cols.length) fail('names', `the data frame has ${cols.length} columns but ${names?.length ?? 0} names`);
  const nrow = rowCount(attr(value, 'row.names'), fail);
  const byName = new Map<string, RValue>();
  names!.forEach((n, i) => {
    const col = cols[i]!;
    const len = 'data' in col ? col.data.length : -1;
    if (len !== nrow) fail(n ?? `column ${i + 1}`, `has ${len} values but the data frame has ${nrow} rows`);
    byName.set(n ?? '', col);
  });
  const column = (n: string): RValue => byName.get(n) ?? fail(n, `the data frame lacks this column (found: ${names!.join(', ')})`);
  const cellFail = (col: string, row: number, problem: string): never => {
    throw new SourceError(file, `${name} row ${row + 1}`, col, problem);
  };
  return {
    name,
    columns: names!.map((n) => n ?? ''),
    nrow,
    column,
    text: (col, row) => cellText(column(col), row, (p) => cellFail(col, row, p)),
    int: (col, row) => {
      const v = column(col);
      const raw = v.type === 'integer' || v.type === 'double' ? v.data[row] : cellText(v, row, (p) => cellFail(col, row, p));
      if (raw === null || raw === undefined || raw === '' || raw === 'NA') return null;
      const num = typeof raw === 'number' ? raw : /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      return Number.isSafeInteger(num) ? num : cellFail(col, row, `"${String(raw).slice(0, 40)}" is not a whole number`);
    },
  };
}

/** row.names is either c(NA, -n) (R's compact form), 1:n, or the row names themselves. */
function rowCount(rn: RValue | undefined, fail: (field: string, problem: string) => never): number {
  if (!rn || !('data' in rn)) return fail('row.names', 'the data frame has no row.names');
  const d = rn.data as unknown[];
  if ((rn.type === 'integer' || rn.type === 'double') && d.length === 2 && d[0] === null) return Math.abs(d[1] as number);
  return d.length;
}

function cellText(v: RValue, row: number, fail: (problem: string) => never): string | null {
  switch (v.type) {
    case 'character':
      return v.data[row] ?? null;
    case 'logical':
      return v.data[row] === null ? null : v.data[row] ? 'TRUE' : 'FALSE';
    case 'integer': {
      const x = v.data[row] ?? null;
      const levels = attr(v, 'levels');
      if (x === null || levels?.type !== 'character') return x === null ? null : String(x);
      return levels.data[x - 1] ?? fail(`factor code ${x} has no level (${levels.data.length} levels)`);
    }
    case 'double': {
      const x = v.data[row] ?? null;
      if (x === null) return null;
      if (classOf(v).includes('Date')) return new Date(x * 86400000).toISOString().slice(0, 10);
      return String(x);
    }
    default:
      return fail(`a column of type ${v.type} cannot be read as text`);
  }
}
