// Loaded on its own (a dynamic import) once the first page is ready: fetches the search corpus
// through the contract and indexes it in small steps, then answers queries synchronously.
import type { SearchCorpus } from '../../../../../electron/contract/search-corpus';
import type { LocalSearch } from '../search-store';
import { buildLocalIndex } from './local-index';
import { localSearch } from './local-search';

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadLocalSearch(fetchCorpus: () => Promise<SearchCorpus>): Promise<LocalSearch> {
  const index = await buildLocalIndex(await fetchCorpus(), breathe);
  return (query, options) => localSearch(index, query, options);
}
