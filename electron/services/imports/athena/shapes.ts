// Values that repeat over millions of rows (a concept's domain, vocabulary, class and standard
// flag; its dates and invalid reason; a relationship's id and dates) are stored once per distinct
// set, in a small table, and each row holds the set's number. Binding values to SQLite is most of
// what a bulk load costs: a number per row is cheaper than four strings, and the file is smaller.
import type Database from 'better-sqlite3';

/** Distinct sets remembered at most; past it the memory is cleared (a set seen again gets a new number, same values). */
const REMEMBERED = 100_000;

export class Shapes {
  private ids = new Map<string, number>();
  private next = 1;
  private insert: Database.Statement;

  /** `table` has an INTEGER PRIMARY KEY then `columns` value columns. */
  constructor(db: Database.Database, table: string, columns: number) {
    this.insert = db.prepare(`INSERT INTO ${table} VALUES (?${',?'.repeat(columns)})`);
  }

  /** The number of the set read as `key`, if seen already. */
  get(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Stores a new set (values already checked) under `key` and returns its number. */
  add(key: string, values: unknown[]): number {
    if (this.ids.size >= REMEMBERED) this.ids.clear();
    const id = this.next++;
    this.insert.run(id, ...values);
    this.ids.set(key, id);
    return id;
  }
}

/** The key of a set read the strict way (fields, not a slice of the line): never equal to a slice key. */
export const strictKey = (values: unknown[]) => '\u0000' + JSON.stringify(values);
