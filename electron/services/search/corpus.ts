// The bundled database's search documents in a compact form, for the renderer's own search of
// them (renderer/src/features/search/local): each document's stored hit and the indexed columns
// that are not its wording (search_text), the concept IDs a user may type, and the Spanish stems'
// English stems. A part reads only its own rows: reading (and parsing) all 9,000 hits at once
// held the service for 150-300 ms on the first part's request, and whatever the app asked for
// meanwhile (a PDF's record, its file, pdf.js's scripts in the browser mode) waited behind it.
import type { SearchCorpus, SearchCorpusPart } from '../../contract/search-corpus';
import type { Codebook } from '../store';
import type { StoredHit } from './docs';

const RELATION = { concept: 0, module: 1, standard: 2 } as const;
type DocRow = [number, string, ...(string | null)[]];

// The same statements, whole or a range of rows: each ordered by a key, so LIMIT/OFFSET cuts one
// order whatever plan SQLite picks (the keys are the tables' own, so no sort is added).
const DOCS = `SELECT d.rank, d.hit, t.code, t.stems_en, t.stems_es, t.more_en, t.more_es
  FROM search_docs d JOIN search_text t ON t.rowid = d.rank ORDER BY d.rank`;
const CONCEPTS = `SELECT c.concept_id, d.rank, c.relation FROM search_concepts c JOIN search_docs d ON d.item_id = c.item_id
  ORDER BY c.concept_id, c.item_id, c.relation, d.rank`;
const TRANSLATIONS = 'SELECT es, en FROM search_translations ORDER BY es';

function read(db: Codebook, range?: (sql: string) => [number, number]): SearchCorpus {
  const rows = (sql: string) => {
    if (!range) return db.prepare(sql).raw().all();
    const [from, to] = range(sql);
    return db.prepare(`${sql} LIMIT ? OFFSET ?`).raw().all(Math.max(0, to - from), from);
  };
  return {
    docs: (rows(DOCS) as DocRow[]).map(([rank, hit, code, stemsEn, stemsEs, moreEn, moreEs]) => [rank, JSON.parse(hit) as StoredHit, code ?? null, stemsEn ?? null, stemsEs ?? null, moreEn ?? null, moreEs ?? null]),
    concepts: (rows(CONCEPTS) as [number, number, keyof typeof RELATION][]).map(([id, rank, relation]) => [id, rank, RELATION[relation]]),
    translations: rows(TRANSLATIONS) as [string, string][],
  };
}

/** The whole corpus (the parts joined; tests compare them). */
export function searchCorpus(db: Codebook): SearchCorpus {
  return read(db);
}

/** Documents per part: about 650 kB of JSON, read by the renderer in some 10 ms. */
export const PART_DOCS = 1000;

const sizes = new WeakMap<Codebook, Map<string, number>>();
function size(db: Codebook, sql: string): number {
  const known = sizes.get(db) ?? new Map<string, number>();
  sizes.set(db, known);
  if (!known.has(sql)) known.set(sql, db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number);
  return known.get(sql)!;
}

/** Part `part` of the corpus (SearchCorpusPart): the k-th of `parts` consecutive pieces of each list; past the last, empty. */
export function searchCorpusPart(db: Codebook, part: number): SearchCorpusPart {
  const parts = Math.max(1, Math.ceil(size(db, DOCS) / PART_DOCS));
  const cut = (sql: string): [number, number] => {
    const n = size(db, sql);
    return [Math.min(n, Math.floor((part * n) / parts)), Math.min(n, Math.floor(((part + 1) * n) / parts))];
  };
  return { part, parts, ...read(db, cut) };
}
