// Loaded on its own (a dynamic import) once the first page is ready: fetches the search corpus
// through the contract and indexes it in idle slices, then answers queries synchronously.
import type { SearchCorpus } from '../../../../../electron/contract/search-corpus';
import { idleSlices } from '../../../app/idle-slices';
import type { LocalSearch } from '../search-store';
import { buildLocalIndex } from './local-index';
import { localSearch } from './local-search';

export async function loadLocalSearch(fetchCorpus: () => Promise<SearchCorpus>): Promise<LocalSearch> {
  const index = await buildLocalIndex(await fetchCorpus(), idleSlices());
  return (query, options) => localSearch(index, query, options);
}
