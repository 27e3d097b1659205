// Prepared statements kept per database handle: a search runs the same few statements many times
// per second while the user types, and preparing them is a measurable part of a fast query.
import type { Statement } from 'better-sqlite3';
import type { Codebook } from '../store';

const cache = new WeakMap<Codebook, Map<string, Statement>>();

export function prepared(db: Codebook, sql: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) {
    if (m.size > 500) m.clear(); // filters vary the SQL (number of ids): keep the map bounded
    m.set(sql, (s = db.prepare(sql)));
  }
  return s;
}
