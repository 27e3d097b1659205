// search_postings (codebooks/write/search-postings.ts) read into memory once per handle: the
// forward lists the build kept (each row's and column's tokens by position) and, made from them
// here, the inverted ones (each token's rows, and each token's places). About 5 MB for the bundled
// codebook, made in a few milliseconds; null for a database without them (older, or too large).
import type { Codebook } from '../store';

export interface PostingsIndex {
  columns: Map<string, number>;
  ncols: number;
  /** The tokens in JavaScript's order (the ones starting with a prefix are together), and their numbers. */
  terms: string[];
  id: Map<string, number>;
  /** The tokens of slot k (row k / ncols, column k % ncols) are tokens[starts[k] .. starts[k + 1]), by position. */
  starts: Int32Array;
  tokens: Int32Array;
  /** Each place's slot. */
  slotOf: Int32Array;
  /** Token t's rows, ascending: rows[rowsFrom[t] .. rowsFrom[t + 1]), with the columns holding it there (bits). */
  rowsFrom: Int32Array;
  rows: Int32Array;
  cols: Int32Array;
  /** Token t's places (indexes in `tokens`), ascending: places[placesFrom[t] .. placesFrom[t + 1]). */
  placesFrom: Int32Array;
  places: Int32Array;
  /** Per row, how many terms it matched so far: one per handle, zeroed after each use. */
  marks: Uint8Array;
}

const int32 = (b: Buffer) => new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** Offsets from counts: from[t] .. from[t + 1] for each t. */
function offsets(counts: Int32Array): Int32Array {
  const from = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) from[t + 1] = from[t]! + counts[t]!;
  return from;
}

function build(columns: string[], terms: string[], starts: Int32Array, tokens: Int32Array): PostingsIndex {
  const ncols = columns.length;
  const slots = starts.length - 1;
  const docs = slots / ncols;
  const slotOf = new Int32Array(tokens.length);
  const rowCounts = new Int32Array(terms.length);
  const placeCounts = new Int32Array(terms.length);
  const last = new Int32Array(terms.length).fill(-1);
  for (let k = 0; k < slots; k++) {
    const row = (k / ncols) | 0;
    for (let i = starts[k]!; i < starts[k + 1]!; i++) {
      slotOf[i] = k;
      const t = tokens[i]!;
      if (t < 0) continue;
      placeCounts[t]!++;
      if (last[t] !== row) {
        last[t] = row;
        rowCounts[t]!++;
      }
    }
  }
  const rowsFrom = offsets(rowCounts);
  const placesFrom = offsets(placeCounts);
  const rows = new Int32Array(rowsFrom[terms.length]!);
  const cols = new Int32Array(rows.length);
  const places = new Int32Array(placesFrom[terms.length]!);
  const rowAt = rowsFrom.slice(0, terms.length);
  const placeAt = placesFrom.slice(0, terms.length);
  last.fill(-1);
  for (let k = 0; k < slots; k++) {
    const row = (k / ncols) | 0;
    for (let i = starts[k]!; i < starts[k + 1]!; i++) {
      const t = tokens[i]!;
      if (t < 0) continue;
      places[placeAt[t]!++] = i;
      if (last[t] !== row) {
        last[t] = row;
        rows[rowAt[t]!++] = row;
      }
      cols[rowAt[t]! - 1]! |= 1 << (k % ncols);
    }
  }
  return {
    columns: new Map(columns.map((x, i) => [x, i])), ncols, terms, id: new Map(terms.map((x, i) => [x, i])),
    starts, tokens, slotOf, rowsFrom, rows, cols, placesFrom, places, marks: new Uint8Array(docs),
  };
}

function load(db: Codebook): PostingsIndex | null {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_postings'`).get() !== undefined;
  const parts = new Map(has ? (db.prepare('SELECT part, data FROM search_postings').raw().all() as [string, Buffer][]) : []);
  const [c, t, s, k] = ['columns', 'terms', 'starts', 'tokens'].map((p) => parts.get(p));
  if (!c || !t || !s || !k) return null;
  return build(c.toString().split('\n'), t.length === 0 ? [] : t.toString().split('\n'), int32(s), int32(k));
}

const loaded = new WeakMap<Codebook, PostingsIndex | null>();

export function postingsIndex(db: Codebook): PostingsIndex | null {
  let p = loaded.get(db);
  if (p === undefined) loaded.set(db, (p = load(db)));
  return p;
}
