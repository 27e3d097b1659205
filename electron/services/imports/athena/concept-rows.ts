// CONCEPT.csv's rows, checked and stored: a concept's name and code on its row, its domain,
// vocabulary, class and standard flag as one number (concept_kind), its dates and invalid reason
// as another (validity). Lines in Athena's own layout are read in place (tab-fields.ts); any other
// line the strict way, which gives the same rows and names the first bad value.
import type Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { fieldsOf, type DelimitedHeader } from '../read/delimited';
import { batchInsert } from './batch-insert';
import { ATHENA_FILES } from './files';
import type { LoadCounts, RowReader } from './rows';
import { Shapes, strictKey } from './shapes';
import { numberIn, standardLayout, tabsAt } from './tab-fields';
import { date, isoDate, wholeNumber } from './values';

const isConstraint = (e: unknown) => String((e as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT');
const isStandardFlag = (s: string) => s === '' || s === 'S' || s === 'C';

export function conceptRows(db: Database.Database, file: string, h: DelimitedHeader, counts: LoadCounts): RowReader {
  const { required } = ATHENA_FILES.concept;
  const c = required.map((name) => h.index.get(name)!);
  const fail = (line: number, column: string, problem: string) => new SourceError(file, line, column, problem);
  const ins = batchInsert(db, 'concept_row', 5, (line, e) => (isConstraint(e) ? fail(line, 'concept_id', 'this concept_id is already on an earlier row') : (e as Error)));
  const kinds = new Shapes(db, 'concept_kind', 4);
  const validities = new Shapes(db, 'validity', 3);
  const perKind: number[] = [];
  const vocabularyOfKind: string[] = [];
  const newKind = (key: string, domain: string, vocabulary: string, cls: string, std: string) => {
    const id = kinds.add(key, [domain || null, vocabulary || null, cls || null, std || null]);
    vocabularyOfKind[id] = vocabulary;
    perKind[id] = 0;
    return id;
  };
  const store = (line: number, id: number, name: string, kind: number, code: string, validity: number) => {
    perKind[kind]!++;
    ins.push(line, id, name, kind, code, validity);
  };

  const strict = (text: string, line: number, lastOfFile: boolean) => {
    const f = fieldsOf(text, h, file, line, lastOfFile);
    const id = wholeNumber(f[c[0]!]!, file, line, 'concept_id');
    const code = f[c[6]!]!;
    if (code === '') throw fail(line, 'concept_code', 'is empty');
    const std = f[c[5]!]!;
    if (!isStandardFlag(std)) throw fail(line, 'standard_concept', `"${std.slice(0, 20)}" is not S, C or empty`);
    const start = date(f[c[7]!]!, file, line, 'valid_start_date');
    const end = date(f[c[8]!]!, file, line, 'valid_end_date');
    const [domain, vocabulary, cls, invalid] = [f[c[2]!]!, f[c[3]!]!, f[c[4]!]!, f[c[9]!]!];
    const kindKey = strictKey([domain, vocabulary, cls, std]);
    const validityKey = strictKey([start, end, invalid]);
    const kind = kinds.get(kindKey) ?? newKind(kindKey, domain, vocabulary, cls, std);
    store(line, id, f[c[1]!]!, kind, code, validities.get(validityKey) ?? validities.add(validityKey, [start, end, invalid || null]));
  };

  const fast = standardLayout(h.columns, h.delimiter, required);
  const t = new Int32Array(required.length - 1);
  return {
    row(text, line, lastOfFile) {
      if (!fast || !tabsAt(text, t)) return strict(text, line, lastOfFile);
      const id = numberIn(text, 0, t[0]!);
      if (Number.isNaN(id) || t[6] === t[5]! + 1) return strict(text, line, lastOfFile);
      // Domain to standard flag, as one key; dates and invalid reason (the line's end), as another.
      const kindKey = text.slice(t[1]! + 1, t[5]);
      let kind = kinds.get(kindKey);
      if (kind === undefined) {
        const std = text.slice(t[4]! + 1, t[5]);
        if (!isStandardFlag(std)) return strict(text, line, lastOfFile);
        kind = newKind(kindKey, text.slice(t[1]! + 1, t[2]), text.slice(t[2]! + 1, t[3]), text.slice(t[3]! + 1, t[4]), std);
      }
      const validityKey = text.slice(t[6]! + 1);
      let validity = validities.get(validityKey);
      if (validity === undefined) {
        const start = isoDate(text.slice(t[6]! + 1, t[7]));
        const end = isoDate(text.slice(t[7]! + 1, t[8]));
        if (start === undefined || end === undefined) return strict(text, line, lastOfFile);
        validity = validities.add(validityKey, [start, end, text.slice(t[8]! + 1) || null]);
      }
      store(line, id, text.slice(t[0]! + 1, t[1]), kind, text.slice(t[5]! + 1, t[6]), validity);
    },
    flush() {
      ins.flush();
      perKind.forEach((n, kind) => counts.vocabularies.set(vocabularyOfKind[kind]!, (counts.vocabularies.get(vocabularyOfKind[kind]!) ?? 0) + n));
    },
  };
}
