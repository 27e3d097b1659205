// The search documents (SearchCorpus) indexed in memory the way the database's FTS5 table indexes
// them: each column's texts cut into tokens like the unicode61 tokenizer (tokens.ts, shared with
// the service's highlighting), and per column a map from token to where it occurs. Built once, in
// idle slices; a query then reads it synchronously within the keystroke's own task.
import type { SearchCorpus } from '../../../../../electron/contract/search-corpus';
import type { StoredHit } from '../../../../../electron/services/search/docs';
import { foldSameLength } from '../../../../../electron/services/search/tokens';
import type { Slices } from '../../../app/idle-slices';

/** The columns of search_text, in its order. */
export const COLUMNS = ['code', 'words_en', 'words_es', 'stems_en', 'stems_es', 'more_en', 'more_es'] as const;
export type Column = (typeof COLUMNS)[number];

export interface ColumnIndex {
  /** Each document's tokens in this column, by rank. */
  tokens: (string[] | undefined)[];
  /** Token → its occurrences, flat [rank, position, rank, position, …] in rank order. */
  postings: Map<string, number[]>;
  /** Every token, sorted (the prefix queries' ranges). */
  terms: string[];
}

export interface LocalIndex {
  hits: (StoredHit | undefined)[];
  more: ([string | null, string | null] | undefined)[];
  columns: Record<Column, ColumnIndex>;
  /** [lower-case code, rank], sorted by code. */
  codes: [string, number][];
  byCode: Map<string, number[]>;
  /** Concept ID → [relation, rank][], sorted. */
  concepts: Map<number, [number, number][]>;
  translations: Map<string, string>;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A text's tokens as FTS5 compares them: folded, combining marks dropped; cut as tokens.ts cuts
 * them for the service's highlighting, without filling its cache with every indexed text.
 */
export function wordsOfText(text: string): string[] {
  return (foldSameLength(text).match(TOKEN) ?? []).map((w) => (/\p{M}/u.test(w) ? w.replace(/\p{M}+/gu, '') : w));
}

function emptyColumn(): ColumnIndex {
  return { tokens: [], postings: new Map(), terms: [] };
}

function addText(c: ColumnIndex, rank: number, text: string | null | undefined): void {
  if (!text) return;
  const words = wordsOfText(text);
  c.tokens[rank] = words;
  words.forEach((w, pos) => {
    const p = c.postings.get(w);
    if (p) p.push(rank, pos);
    else c.postings.set(w, [rank, pos]);
  });
}

const NO_PAUSE: Slices = { due: () => false, next: async () => {} };

/** Builds the index, pausing whenever `slices` says its time is up, so input never waits for it. */
export async function buildLocalIndex(corpus: SearchCorpus, slices: Slices = NO_PAUSE): Promise<LocalIndex> {
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, emptyColumn()])) as Record<Column, ColumnIndex>;
  const index: LocalIndex = { hits: [], more: [], columns, codes: [], byCode: new Map(), concepts: new Map(), translations: new Map(corpus.translations) };
  for (let i = 0; i < corpus.docs.length; i++) {
    if (slices.due()) await slices.next();
    const [rank, hit, code, stemsEn, stemsEs, moreEn, moreEs] = corpus.docs[i]!;
    index.hits[rank] = hit;
    index.more[rank] = [moreEn, moreEs];
    const texts = [code, hit.text.en, hit.text.es, stemsEn, stemsEs, moreEn, moreEs];
    COLUMNS.forEach((c, k) => addText(columns[c], rank, texts[k]));
    if (hit.code) {
      const lower = hit.code.toLowerCase();
      index.codes.push([lower, rank]);
      index.byCode.set(lower, [...(index.byCode.get(lower) ?? []), rank]);
    }
  }
  for (const c of COLUMNS) {
    if (slices.due()) await slices.next();
    columns[c].terms = [...columns[c].postings.keys()].sort();
  }
  if (slices.due()) await slices.next();
  index.codes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  for (const [id, rank, relation] of corpus.concepts) index.concepts.set(id, [...(index.concepts.get(id) ?? []), [relation, rank]]);
  for (const list of index.concepts.values()) list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return index;
}
