// CONCEPT_RELATIONSHIP.csv's rows: every one checked, only those the app shows stored (Maps to,
// Maps to value), each as its two concept IDs and one number for its relationship, dates and
// invalid reason (relationship_kind). Read in place, else the strict way (as concept-rows.ts).
import type Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { fieldsOf, type DelimitedHeader } from '../read/delimited';
import { batchInsert } from './batch-insert';
import { ATHENA_FILES } from './files';
import { STORED_RELATIONSHIPS, type LoadCounts, type RowReader } from './rows';
import { Shapes, strictKey } from './shapes';
import { numberIn, standardLayout, tabsAt } from './tab-fields';
import { date, isoDate, wholeNumber } from './values';

/** A kind of relationship not stored (checked and counted only). */
const NOT_STORED = 0;

export function relationshipRows(db: Database.Database, file: string, h: DelimitedHeader, counts: LoadCounts): RowReader {
  const { required } = ATHENA_FILES.relationship;
  const c = required.map((name) => h.index.get(name)!);
  const ins = batchInsert(db, 'relationship_row', 3, (_line, e) => e as Error);
  const kinds = new Shapes(db, 'relationship_kind', 4);
  const known = new Map<string, number>(); // NOT_STORED kinds too, so their dates are checked once
  const kindOf = (key: string, rel: string, start: string | null, end: string | null, invalid: string) => {
    const kind = STORED_RELATIONSHIPS.has(rel) ? (kinds.get(key) ?? kinds.add(key, [rel, start, end, invalid || null])) : NOT_STORED;
    if (known.size >= 100_000) known.clear();
    known.set(key, kind);
    return kind;
  };
  const store = (line: number, from: number, to: number, kind: number) => {
    if (kind === NOT_STORED) return;
    counts.relationshipsStored++;
    ins.push(line, from, to, kind);
  };

  const strict = (text: string, line: number, lastOfFile: boolean) => {
    const f = fieldsOf(text, h, file, line, lastOfFile);
    const rel = f[c[2]!]!;
    if (rel === '') throw new SourceError(file, line, 'relationship_id', 'is empty');
    const from = wholeNumber(f[c[0]!]!, file, line, 'concept_id_1');
    const to = wholeNumber(f[c[1]!]!, file, line, 'concept_id_2');
    const start = date(f[c[3]!]!, file, line, 'valid_start_date');
    const end = date(f[c[4]!]!, file, line, 'valid_end_date');
    const key = strictKey([rel, start, end, f[c[5]!]]);
    store(line, from, to, known.get(key) ?? kindOf(key, rel, start, end, f[c[5]!]!));
  };

  const fast = standardLayout(h.columns, h.delimiter, required);
  const t = new Int32Array(required.length - 1);
  return {
    row(text, line, lastOfFile) {
      if (!fast || !tabsAt(text, t) || t[2] === t[1]! + 1) return strict(text, line, lastOfFile);
      const from = numberIn(text, 0, t[0]!);
      const to = numberIn(text, t[0]! + 1, t[1]!);
      if (Number.isNaN(from) || Number.isNaN(to)) return strict(text, line, lastOfFile);
      const key = text.slice(t[1]! + 1); // relationship, dates, invalid reason
      let kind = known.get(key);
      if (kind === undefined) {
        const start = isoDate(text.slice(t[2]! + 1, t[3]));
        const end = isoDate(text.slice(t[3]! + 1, t[4]));
        if (start === undefined || end === undefined) return strict(text, line, lastOfFile);
        kind = kindOf(key, text.slice(t[1]! + 1, t[2]), start, end, text.slice(t[4]! + 1));
      }
      store(line, from, to, kind);
    },
    flush: ins.flush,
  };
}
