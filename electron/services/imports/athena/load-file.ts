// Loads one Athena file into its table: read in chunks, every row checked (rows.ts), inserted in
// batches, one transaction for the file. Both writers use it (the import's and the second one).
import type Database from 'better-sqlite3';
import { readDelimitedLines } from '../read/delimited';
import { ATHENA_FILES, type AthenaFile } from './files';
import { rowReader, type LoadCounts } from './rows';

export interface FileToLoad {
  path: string;
  name: string;
  bytes: number;
}

/** Returns the number of data rows; `progress(bytes)` after each chunk may throw to stop (cancel). */
export function loadFile(db: Database.Database, kind: AthenaFile, file: FileToLoad, counts: LoadCounts, progress: (bytesRead: number, rows: number) => void): number {
  let rows = 0;
  let flush = () => {};
  db.exec('BEGIN');
  try {
    readDelimitedLines(file.path, file.name, ATHENA_FILES[kind].required, {
      start: (header) => {
        const reader = rowReader(kind, db, file.name, header, counts);
        flush = reader.flush;
        return (text, line, lastOfFile) => {
          reader.row(text, line, lastOfFile);
          rows++;
        };
      },
      progress: (bytes) => progress(bytes, rows),
    });
    flush();
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
  return rows;
}
