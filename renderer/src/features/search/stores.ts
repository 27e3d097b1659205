// The app's search stores, over the real api: the header palette (a short list as you type) and
// the results page (longer, with filters). Tests build their own with createSearchStore. Both
// answer from memory once the search corpus is loaded (local/), which starts only after the first
// page is ready and the page is idle: never on the first paint's path.
import { api, unwrap } from '../../api';
import { whenIdle } from '../../app/when-idle';
import { createLookupStore } from '../lookup/lookup-store';
import { createSearchStore, type LocalSearch, type RunSearch } from './search-store';

const run: RunSearch = (query, options) => unwrap(api.search({ query, options }));
let answerHere: LocalSearch = () => null;
const local: LocalSearch = (query, options) => answerHere(query, options);

export const PALETTE_LIMIT = 12;
export const PAGE_LIMIT = 200;

export const paletteStore = createSearchStore(run, PALETTE_LIMIT, local);
export const pageStore = createSearchStore(run, PAGE_LIMIT, local);
export const lookupStore = createLookupStore((idOrCode) => unwrap(api.showItem(idOrCode)));

/** Set on the root element when the renderer answers searches itself (tests wait for it). */
export const LOCAL_SEARCH_READY = 'data-local-search';

function loadWhenIdle(): void {
  const start = () =>
    import('./local/load')
      .then((m) => m.loadLocalSearch((part) => unwrap(api.searchCorpus(part))))
      .then((answer) => {
        answerHere = answer;
        document.documentElement.setAttribute(LOCAL_SEARCH_READY, 'ready');
      })
      .catch(() => undefined); // without it, the service answers every query, as before
  const idle = (f: () => void) => whenIdle(f, 2000, 200);
  // After the app's first page is ready (its root's data-app-state), so the catalog comes first.
  const wait = (tries: number) => (document.querySelector('[data-app-state="ready"]') || tries <= 0 ? idle(() => void start()) : setTimeout(() => wait(tries - 1), 250));
  wait(120);
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') loadWhenIdle();
