// The bundled database's search documents in a compact form, for the renderer's own search of
// them (renderer/src/features/search/local): each document's stored hit and the indexed columns
// that are not its wording (search_text), the concept IDs a user may type, and the Spanish stems'
// English stems. Read once per handle: the database never changes under it.
import type { SearchCorpus, SearchCorpusPart } from '../../contract/search-corpus';
import type { Codebook } from '../store';
import type { StoredHit } from './docs';

const RELATION = { concept: 0, module: 1, standard: 2 } as const;
const kept = new WeakMap<Codebook, SearchCorpus>();

export function searchCorpus(db: Codebook): SearchCorpus {
  const had = kept.get(db);
  if (had) return had;
  const docs = db.prepare(`SELECT d.rank, d.hit, t.code, t.stems_en, t.stems_es, t.more_en, t.more_es
      FROM search_docs d JOIN search_text t ON t.rowid = d.rank ORDER BY d.rank`).raw().all() as [number, string, ...(string | null)[]][];
  const concepts = db.prepare(`SELECT c.concept_id, d.rank, c.relation FROM search_concepts c JOIN search_docs d ON d.item_id = c.item_id`).raw().all() as [number, number, keyof typeof RELATION][];
  const corpus: SearchCorpus = {
    docs: docs.map(([rank, hit, code, stemsEn, stemsEs, moreEn, moreEs]) => [rank, JSON.parse(hit) as StoredHit, code ?? null, stemsEn ?? null, stemsEs ?? null, moreEn ?? null, moreEs ?? null]),
    concepts: concepts.map(([id, rank, relation]) => [id, rank, RELATION[relation]]),
    translations: db.prepare('SELECT es, en FROM search_translations').raw().all() as [string, string][],
  };
  kept.set(db, corpus);
  return corpus;
}

/** Documents per part: about 650 kB of JSON, read by the renderer in some 10 ms. */
export const PART_DOCS = 1000;

/** Part `part` of the corpus (SearchCorpusPart); a part past the last is empty. */
export function searchCorpusPart(db: Codebook, part: number): SearchCorpusPart {
  const c = searchCorpus(db);
  const parts = Math.max(1, Math.ceil(c.docs.length / PART_DOCS));
  const cut = <T>(a: T[]): T[] => a.slice(Math.floor((part * a.length) / parts), Math.floor(((part + 1) * a.length) / parts));
  return { part, parts, docs: cut(c.docs), concepts: cut(c.concepts), translations: cut(c.translations) };
}
