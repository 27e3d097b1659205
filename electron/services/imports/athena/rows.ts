// How each Athena file's rows are checked and stored: every value checked (whole numbers, dates,
// required codes), with the file, line and column of the first bad one. CONCEPT and
// CONCEPT_RELATIONSHIP, the large ones, have their own readers (concept-rows.ts, relationship-rows.ts).
import type Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { fieldsOf, type DelimitedHeader } from '../read/delimited';
import { batchInsert } from './batch-insert';
import { conceptRows } from './concept-rows';
import { ATHENA_FILES, type AthenaFile } from './files';
import { relationshipRows } from './relationship-rows';
import { numberIn, standardLayout, tabsAt } from './tab-fields';
import { optionalNumber, wholeNumber } from './values';

export interface RowReader {
  /** One data line as read (readDelimitedLines). */
  row(text: string, line: number, lastOfFile: boolean): void;
  flush(): void;
}

/** What the load counts beside the rows it stores: concepts per vocabulary, relationships kept. */
export interface LoadCounts {
  vocabularies: Map<string, number>;
  relationshipsStored: number;
}

/** The relationships the app shows (concept card); the others are checked and counted, not stored. */
export const STORED_RELATIONSHIPS: ReadonlySet<string> = new Set(['Maps to', 'Maps to value']);

const isConstraint = (e: unknown) => String((e as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT');

export function rowReader(kind: AthenaFile, db: Database.Database, file: string, h: DelimitedHeader, counts: LoadCounts): RowReader {
  if (kind === 'concept') return conceptRows(db, file, h, counts);
  if (kind === 'relationship') return relationshipRows(db, file, h, counts);
  const fail = (line: number, column: string, problem: string) => new SourceError(file, line, column, problem);
  const c = ATHENA_FILES[kind].required.map((name) => h.index.get(name)!);
  if (kind === 'vocabulary') {
    const ref = h.index.get('vocabulary_reference');
    const cid = h.index.get('vocabulary_concept_id');
    const ins = batchInsert(db, 'vocabulary', 5, (line, e) => (isConstraint(e) ? fail(line, 'vocabulary_id', 'this vocabulary is listed twice') : (e as Error)));
    return {
      row: (text, line, lastOfFile) => {
        const f = fieldsOf(text, h, file, line, lastOfFile);
        if (f[c[0]!] === '') throw fail(line, 'vocabulary_id', 'is empty');
        const conceptId = cid === undefined ? null : optionalNumber(f[cid]!, file, line, 'vocabulary_concept_id');
        ins.push(line, f[c[0]!], f[c[1]!], ref === undefined ? null : f[ref], f[c[2]!] || null, conceptId);
      },
      flush: ins.flush,
    };
  }
  const ins = batchInsert(db, 'concept_synonym', 3, (_line, e) => e as Error);
  const strict = (text: string, line: number, lastOfFile: boolean) => {
    const f = fieldsOf(text, h, file, line, lastOfFile);
    const name = f[c[1]!]!;
    if (name === '') throw fail(line, 'concept_synonym_name', 'is empty');
    ins.push(line, wholeNumber(f[c[0]!]!, file, line, 'concept_id'), name, optionalNumber(f[c[2]!]!, file, line, 'language_concept_id'));
  };
  const fast = standardLayout(h.columns, h.delimiter, ATHENA_FILES.synonym.required);
  const t = new Int32Array(2);
  return {
    // In place when the line is in Athena's layout and plain (tab-fields.ts), else the strict way.
    row: (text, line, lastOfFile) => {
      if (!fast || !tabsAt(text, t) || t[1] === t[0]! + 1) return strict(text, line, lastOfFile);
      const id = numberIn(text, 0, t[0]!);
      const language = t[1] === text.length - 1 ? null : numberIn(text, t[1]! + 1, text.length);
      if (Number.isNaN(id) || Number.isNaN(language)) return strict(text, line, lastOfFile);
      ins.push(line, id, text.slice(t[0]! + 1, t[1]), language);
    },
    flush: ins.flush,
  };
}
