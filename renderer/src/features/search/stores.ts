// The app's search stores, over the real api: the header palette (a short list as you type) and
// the results page (longer, with filters). Tests build their own with createSearchStore.
import { api, unwrap } from '../../api';
import { createLookupStore } from '../lookup/lookup-store';
import { createSearchStore, type RunSearch } from './search-store';

const run: RunSearch = (query, options) => unwrap(api.search({ query, options }));

export const PALETTE_LIMIT = 12;
export const PAGE_LIMIT = 200;

export const paletteStore = createSearchStore(run, PALETTE_LIMIT);
export const pageStore = createSearchStore(run, PAGE_LIMIT);
export const lookupStore = createLookupStore((idOrCode) => unwrap(api.showItem(idOrCode)));
