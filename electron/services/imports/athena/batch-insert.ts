// Inserts rows many at a time (one statement of up to SIZE rows): far fewer calls into SQLite
// than one statement per row, which is most of the cost of a bulk load.
import type Database from 'better-sqlite3';

const SIZE = 64;

export interface BatchInsert {
  /** Adds one row read from `line` of the file. */
  push(line: number, ...values: unknown[]): void;
  /** Inserts what is left; call before COMMIT. */
  flush(): void;
}

/**
 * `rejected(line, error)` turns a row SQLite refuses (a repeated key) into an error naming its
 * line: a refused batch is tried again row by row to find which one it was.
 */
export function batchInsert(db: Database.Database, table: string, columns: number, rejected: (line: number, e: unknown) => Error): BatchInsert {
  const row = `(${Array(columns).fill('?').join(',')})`;
  const full = db.prepare(`INSERT INTO ${table} VALUES ${Array(SIZE).fill(row).join(',')}`);
  const one = db.prepare(`INSERT INTO ${table} VALUES ${row}`);
  const values: unknown[] = [];
  const lines: number[] = [];
  const run = (statement: Database.Statement) => {
    try {
      statement.run(values);
    } catch {
      for (let i = 0; i < lines.length; i++) {
        try {
          one.run(values.slice(i * columns, (i + 1) * columns));
        } catch (e) {
          throw rejected(lines[i]!, e);
        }
      }
    }
    values.length = 0;
    lines.length = 0;
  };
  return {
    push(line, ...v) {
      lines.push(line);
      for (const x of v) values.push(x);
      if (lines.length === SIZE) run(full);
    },
    flush() {
      if (lines.length) run(db.prepare(`INSERT INTO ${table} VALUES ${Array(lines.length).fill(row).join(',')}`));
    },
  };
}
