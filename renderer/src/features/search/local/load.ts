// Loaded on its own (a dynamic import) once the first page is ready: fetches the search corpus
// through the contract, a part at a time in idle slices (each answer is read in a task of its
// own), indexes it in idle slices too, then answers queries synchronously.
import type { SearchCorpus, SearchCorpusPart } from '../../../../../electron/contract/search-corpus';
import { idleSlices, type Slices } from '../../../app/idle-slices';
import type { LocalSearch } from '../search-store';
import { buildLocalIndex } from './local-index';
import { localSearch } from './local-search';

export async function loadLocalSearch(fetchPart: (part: number) => Promise<SearchCorpusPart>): Promise<LocalSearch> {
  const slices = idleSlices();
  const index = await buildLocalIndex(await fetchCorpus(fetchPart, slices), slices);
  return (query, options) => localSearch(index, query, options);
}

/** Every part, joined in order; the next part is asked for in the next idle slice. */
export async function fetchCorpus(fetchPart: (part: number) => Promise<SearchCorpusPart>, slices: Slices): Promise<SearchCorpus> {
  const corpus: SearchCorpus = { docs: [], concepts: [], translations: [] };
  for (let part = 0, parts = 1; part < parts; part++) {
    await slices.next();
    const p = await fetchPart(part);
    parts = p.parts;
    for (const d of p.docs) corpus.docs.push(d);
    for (const c of p.concepts) corpus.concepts.push(c);
    for (const t of p.translations) corpus.translations.push(t);
  }
  return corpus;
}
