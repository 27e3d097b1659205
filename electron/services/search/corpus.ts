// The bundled database's search documents in a compact form, for the renderer's own search of
// them (renderer/src/features/search/local): each document's stored hit and the indexed columns
// that are not its wording (search_text), the concept IDs a user may type, and the Spanish stems'
// English stems. Read once per handle: the database never changes under it.
import type { SearchCorpus } from '../../contract/search-corpus';
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
