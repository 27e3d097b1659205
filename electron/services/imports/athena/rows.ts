// How each Athena file's rows are checked and stored: every value checked (whole numbers, dates,
// required codes), with the file, line and column of the first bad one.
import type Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import type { DelimitedHeader } from '../read/delimited';
import { batchInsert } from './batch-insert';
import { ATHENA_FILES, type AthenaFile } from './files';
import { date, optionalNumber, wholeNumber } from './values';

export interface RowReader {
  row(fields: string[], line: number): void;
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
  const fail = (line: number, column: string, problem: string) => new SourceError(file, line, column, problem);
  const c = ATHENA_FILES[kind].required.map((name) => h.index.get(name)!);
  switch (kind) {
    case 'vocabulary': {
      const ref = h.index.get('vocabulary_reference');
      const cid = h.index.get('vocabulary_concept_id');
      const ins = batchInsert(db, 'vocabulary', 5, (line, e) => (isConstraint(e) ? fail(line, 'vocabulary_id', 'this vocabulary is listed twice') : (e as Error)));
      return {
        row: (f, line) => {
          if (f[c[0]!] === '') throw fail(line, 'vocabulary_id', 'is empty');
          const conceptId = cid === undefined ? null : optionalNumber(f[cid]!, file, line, 'vocabulary_concept_id');
          ins.push(line, f[c[0]!], f[c[1]!], ref === undefined ? null : f[ref], f[c[2]!] || null, conceptId);
        },
        flush: ins.flush,
      };
    }
    case 'concept': {
      const ins = batchInsert(db, 'concept', 10, (line, e) => (isConstraint(e) ? fail(line, 'concept_id', 'this concept_id is already on an earlier row') : (e as Error)));
      return {
        row: (f, line) => {
          const id = wholeNumber(f[c[0]!]!, file, line, 'concept_id');
          const code = f[c[6]!]!;
          if (code === '') throw fail(line, 'concept_code', 'is empty');
          const std = f[c[5]!]!;
          if (std !== '' && std !== 'S' && std !== 'C') throw fail(line, 'standard_concept', `"${std.slice(0, 20)}" is not S, C or empty`);
          const start = date(f[c[7]!]!, file, line, 'valid_start_date');
          const end = date(f[c[8]!]!, file, line, 'valid_end_date');
          const vocabulary = f[c[3]!]!;
          counts.vocabularies.set(vocabulary, (counts.vocabularies.get(vocabulary) ?? 0) + 1);
          ins.push(line, id, f[c[1]!], f[c[2]!] || null, vocabulary || null, f[c[4]!] || null, std || null, code, start, end, f[c[9]!] || null);
        },
        flush: ins.flush,
      };
    }
    case 'relationship': {
      const ins = batchInsert(db, 'concept_relationship', 6, (_line, e) => e as Error);
      return {
        row: (f, line) => {
          const rel = f[c[2]!]!;
          if (rel === '') throw fail(line, 'relationship_id', 'is empty');
          const from = wholeNumber(f[c[0]!]!, file, line, 'concept_id_1');
          const to = wholeNumber(f[c[1]!]!, file, line, 'concept_id_2');
          const start = date(f[c[3]!]!, file, line, 'valid_start_date');
          const end = date(f[c[4]!]!, file, line, 'valid_end_date');
          if (!STORED_RELATIONSHIPS.has(rel)) return;
          counts.relationshipsStored++;
          ins.push(line, from, to, rel, start, end, f[c[5]!] || null);
        },
        flush: ins.flush,
      };
    }
    case 'synonym': {
      const ins = batchInsert(db, 'concept_synonym', 3, (_line, e) => e as Error);
      return {
        row: (f, line) => {
          const name = f[c[1]!]!;
          if (name === '') throw fail(line, 'concept_synonym_name', 'is empty');
          ins.push(line, wholeNumber(f[c[0]!]!, file, line, 'concept_id'), name, optionalNumber(f[c[2]!]!, file, line, 'language_concept_id'));
        },
        flush: ins.flush,
      };
    }
  }
}
