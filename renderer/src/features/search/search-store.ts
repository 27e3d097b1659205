// The state of one search (the header palette, or the results page): the query, the filters, the
// latest result and which option is active. Every keystroke runs the search at once (the service
// answers in milliseconds); an answer that arrives after a newer query started is dropped. When
// the renderer can answer the query itself (local/), that answer is shown in the keystroke's own
// task, so in its own frame; the service's answer, identical, confirms it once typing pauses (asked
// on every keystroke, its reply and re-render landed in the keystroke's frame and delayed the paint).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SearchOptions, SearchResult } from '../../../../electron/contract/models';

export type SearchFilters = Pick<SearchOptions, 'survey' | 'kind' | 'instrument'> & { lang?: 'en' | 'es' | 'any' };
export type RunSearch = (query: string, options: SearchOptions) => Promise<SearchResult>;
/** The same answer as RunSearch's, computed synchronously, or null when it cannot be told here. */
export type LocalSearch = (query: string, options: SearchOptions) => SearchResult | null;

export interface SearchState {
  query: string;
  filters: SearchFilters;
  /** The query the shown result belongs to (results stay visible while the next one runs). */
  shownQuery: string;
  result: SearchResult | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Who gave the shown result: the renderer itself, or the service (which always answers too). */
  source: 'local' | 'service';
  error: string | null;
  open: boolean;
  active: number;
  /** Search the words as typed, without the automatic correction of a misspelling. */
  literal: boolean;
  setQuery(query: string): void;
  /** The same query again, as typed (after "showing results for …"). */
  searchLiteral(): void;
  setFilters(filters: SearchFilters): void;
  /** Query and filters at once (the results page, from its route). */
  load(query: string, filters: SearchFilters): void;
  setOpen(open: boolean): void;
  /** Moves the active option by delta within `count` options, wrapping around. */
  move(delta: number, count: number): void;
  setActive(index: number): void;
}

const EMPTY: SearchResult = { hits: [], suggestions: [], corrected: null, tookMs: 0 };

/** The same items, in the same order, shown the same way. */
function sameResult(a: SearchResult, b: SearchResult): boolean {
  const key = (r: SearchResult) => JSON.stringify([r.hits, r.suggestions, r.corrected ?? null, r.resultsFor ?? null]);
  return key(a) === key(b);
}

/** How long typing pauses before the service confirms an answer the renderer gave itself. */
export const CONFIRM_AFTER_MS = 300;

export function createSearchStore(run: RunSearch, limit: number, local: LocalSearch = () => null, confirmAfterMs = CONFIRM_AFTER_MS): StoreApi<SearchState> {
  let seq = 0;
  let confirm: ReturnType<typeof setTimeout> | undefined;
  return createStore<SearchState>((set, get) => {
    const start = () => {
      const { query, filters } = get();
      const mine = ++seq;
      clearTimeout(confirm);
      if (query.trim() === '') {
        set({ result: EMPTY, shownQuery: query, status: 'idle', error: null, active: 0 });
        return;
      }
      const options: SearchOptions = { lang: filters.lang ?? 'any', limit };
      if (get().literal) options.literal = true;
      if (filters.survey) options.survey = filters.survey;
      if (filters.kind) options.kind = filters.kind;
      if (filters.instrument) options.instrument = filters.instrument;
      const mineLocal = local(query, options);
      const ask = () =>
        run(query, options).then(
          (result) => {
            if (mine !== seq) return;
            // The same answer as the one shown: kept as it is (no rows rendered again, the active row kept).
            if (mineLocal && sameResult(mineLocal, result)) set({ source: 'service' });
            else set({ result, shownQuery: query, status: 'ready', source: 'service', error: null, active: 0 });
          },
          (e: unknown) => mine === seq && set({ status: 'error', error: e instanceof Error ? e.message : String(e), result: EMPTY, shownQuery: query }),
        );
      if (mineLocal) {
        set({ result: mineLocal, shownQuery: query, status: 'ready', source: 'local', error: null, active: 0 });
        confirm = setTimeout(ask, confirmAfterMs);
      } else {
        set({ status: 'loading' });
        void ask();
      }
    };
    return {
      query: '',
      filters: {},
      shownQuery: '',
      result: null,
      status: 'idle',
      source: 'service',
      error: null,
      open: false,
      active: 0,
      literal: false,
      setQuery: (query) => {
        if (query === get().query && get().status !== 'idle') return;
        set({ query, open: true, literal: false });
        start();
      },
      searchLiteral: () => {
        set({ literal: true });
        start();
      },
      setFilters: (filters) => {
        set({ filters });
        start();
      },
      load: (query, filters) => {
        set({ query, filters, literal: false });
        start();
      },
      setOpen: (open) => set({ open }),
      move: (delta, count) => {
        if (count <= 0) return;
        set({ active: (((get().active + delta) % count) + count) % count, open: true });
      },
      setActive: (active) => set({ active }),
    };
  });
}
