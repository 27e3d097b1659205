// A search document (search_docs): its rank, item and the query-independent part of its hit,
// stored as JSON by the build (codebooks/write/search-docs.ts).
import type { SearchHit } from '../../contract/models';

export interface DocRow {
  rank: number;
  item_id: number;
  hit: string;
}

export type StoredHit = Omit<SearchHit, 'snippet' | 'score' | 'match'>;

export const parseHit = (row: DocRow): StoredHit => JSON.parse(row.hit) as StoredHit;
