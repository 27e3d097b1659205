// The lists feature's state: the lists as the main process last saved them, the selected list,
// and the last error. Every change goes through the api (validated, saved atomically) and the
// store shows what came back. Created with its api as a parameter, so it is tested without React.
import { createStore } from 'zustand/vanilla';
import type { Api } from '../../../../electron/contract/api-types';
import type { ListActionArg, ListsState } from '../../../../electron/contract/lists';
import { unwrap } from '../../api-client';

export type ListsApi = Pick<Api, 'getLists' | 'changeLists' | 'exportList' | 'saveFile'>;
export type ListAction = ListActionArg;
export type VariableList = ListsState['lists'][number];
export type ListEntry = VariableList['entries'][number];

export interface ListsStoreState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  lists: VariableList[];
  notices: ListsState['notices'];
  count: number;
  selectedId: string | null;
  /** The message of the last failed change (shown in an alert), cleared by the next success. */
  error: string | null;
  load(): Promise<void>;
  change(action: ListAction): Promise<boolean>;
  select(listId: string | null): void;
  /** Moves an entry one place up (-1) or down (+1). */
  step(listId: string, entryId: string, by: -1 | 1): Promise<boolean>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createListsStore(api: ListsApi) {
  return createStore<ListsStoreState>((set, get) => {
    const apply = (s: ListsState, preferId?: string | null) => {
      const keep = preferId ?? get().selectedId;
      const selectedId = s.lists.some((l) => l.id === keep) ? keep : (s.lists[0]?.id ?? null);
      set({ lists: s.lists, notices: s.notices, count: s.count, selectedId, error: null, status: 'ready' });
    };
    return {
      status: 'idle',
      lists: [],
      notices: [],
      count: 0,
      selectedId: null,
      error: null,
      load: async () => {
        if (get().status === 'idle') set({ status: 'loading' });
        try {
          apply(await unwrap(api.getLists()));
        } catch (e) {
          set({ status: 'error', error: message(e) });
        }
      },
      change: async (action) => {
        const before = new Set(get().lists.map((l) => l.id));
        try {
          const s = await unwrap(api.changeLists(action));
          // A list just made (create, import, add to a new list) becomes the selected one.
          const made = s.lists.find((l) => !before.has(l.id));
          apply(s, made?.id);
          return true;
        } catch (e) {
          set({ error: message(e) });
          return false;
        }
      },
      select: (listId) => set({ selectedId: listId }),
      step: (listId, entryId, by) => {
        const list = get().lists.find((l) => l.id === listId);
        const i = list?.entries.findIndex((e) => e.id === entryId) ?? -1;
        if (!list || i < 0 || i + by < 0 || i + by >= list.entries.length) return Promise.resolve(false);
        return get().change({ op: 'move', listId, entryId, to: i + by });
      },
    };
  });
}

export type ListsStore = ReturnType<typeof createListsStore>;
