// search_text's tokens by row, column and position, exactly as FTS5 indexed them (fts5vocab's
// 'instance' view), kept for the search service (electron/services/search/postings.ts): with them
// in memory it answers a tier's expression without running FTS5 (15–400 µs a statement, most of a
// search's time). Three parts: the tokens in JavaScript's order, one a line; for each row and
// column, where its tokens start in the third, the token numbers in position order.
import type Database from 'better-sqlite3';
import { byCodeUnits } from '../../electron/services/search/sorted-terms';

/** More instances than this (the synthetic 100× database) and nothing is kept: the service asks FTS5. */
export const MAX_INSTANCES = 4_000_000;

const OFFSETS = 1 << 20;
const int32 = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function fillSearchPostings(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE temp.search_text_instances USING fts5vocab('main', 'search_text', 'instance');
    CREATE VIRTUAL TABLE temp.search_text_counts USING fts5vocab('main', 'search_text', 'col')`);
  try {
    const total = db.prepare('SELECT coalesce(sum(cnt), 0) FROM temp.search_text_counts').pluck().get() as number;
    if (total > MAX_INSTANCES) return;
    const columns = db.prepare('SELECT * FROM search_text LIMIT 0').columns().map((c) => c.name);
    if (columns.length > 8) throw new Error('search_postings packs a column in 3 bits');
    // One row per token, its instances packed as numbers in one string: 362,458 rows of
    // (term, doc, col, offset) read one by one cost seconds, these 10,000 a tenth of that.
    const col = `CASE col ${columns.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;
    const rows = db.prepare(`SELECT term, group_concat((doc * 8 + ${col}) * ${OFFSETS} + offset), max(offset) FROM temp.search_text_instances GROUP BY term`)
      .raw().all() as [string, string, number][];
    if (rows.some((r) => r[2] >= OFFSETS)) throw new Error(`a column of search_text holds ${OFFSETS} tokens or more`);
    rows.sort((a, b) => byCodeUnits(a[0], b[0]));
    const terms = rows.map((r) => r[0]);
    // Each instance as (row * 8 + column) * OFFSETS + position, with its token's number.
    const packed: number[] = [];
    const token: number[] = [];
    rows.forEach((r, t) => {
      for (const x of r[1].split(',')) {
        packed.push(Number(x));
        token.push(t);
      }
    });
    const slot = (x: number) => {
      const s = Math.floor(x / OFFSETS);
      return (s >>> 3) * columns.length + (s & 7);
    };
    let slots = 0;
    for (const x of packed) slots = Math.max(slots, slot(x) + 1);
    // Each (row, column)'s length: its highest position plus one (positions run 0, 1, 2, ...).
    const lengths = new Int32Array(Math.ceil(slots / columns.length) * columns.length);
    for (const x of packed) lengths[slot(x)] = Math.max(lengths[slot(x)]!, (x % OFFSETS) + 1);
    const starts = new Int32Array(lengths.length + 1);
    for (let k = 0; k < lengths.length; k++) starts[k + 1] = starts[k]! + lengths[k]!;
    const tokens = new Int32Array(starts[lengths.length]!).fill(-1);
    packed.forEach((x, i) => (tokens[starts[slot(x)]! + (x % OFFSETS)] = token[i]!));
    const put = db.prepare('INSERT INTO search_postings (part, data) VALUES (?, ?)');
    put.run('columns', Buffer.from(columns.join('\n')));
    put.run('terms', Buffer.from(terms.join('\n')));
    put.run('starts', int32(starts));
    put.run('tokens', int32(tokens));
  } finally {
    db.exec('DROP TABLE temp.search_text_instances; DROP TABLE temp.search_text_counts');
  }
}
