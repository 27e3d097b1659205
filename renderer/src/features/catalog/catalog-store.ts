// The catalog's state: the filter text and which groups are open (minute and administrative
// modules start closed). A filter opens every group so no match is hidden.
import { create } from 'zustand';
import type { CatalogGroup } from './catalog-groups';

interface CatalogState {
  query: string;
  open: Record<CatalogGroup, boolean>;
  setQuery(query: string): void;
  setOpen(group: CatalogGroup, open: boolean): void;
}

export const INITIAL_OPEN: Record<CatalogGroup, boolean> = { current: true, retired: true, minute: false, administrative: false, user: true };

export const useCatalogStore = create<CatalogState>((set) => ({
  query: '',
  open: INITIAL_OPEN,
  setQuery: (query) => set({ query }),
  setOpen: (group, open) => set((s) => ({ open: { ...s.open, [group]: open } })),
}));

export const isGroupOpen = (s: Pick<CatalogState, 'query' | 'open'>, group: CatalogGroup) => s.query.trim() !== '' || s.open[group];
