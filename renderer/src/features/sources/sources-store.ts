// The sources browser's state: a filter over the instruments and the column they are sorted by.
// `visibleInstruments` applies both; it is pure, so the page and the tests share it.
import { createStore } from 'zustand/vanilla';
import type { Instrument } from '../../../../electron/contract/models';
import { fold } from '../../app/fold';

export type SortKey = 'shortName' | 'name' | 'organization' | 'year' | 'questionCount';
export type SortDir = 'asc' | 'desc';

export interface SourcesState {
  filter: string;
  sortKey: SortKey;
  sortDir: SortDir;
  /** Instruments no question is linked to yet (named only in a PDF's Sources section) are hidden by default. */
  showUnlinked: boolean;
  setFilter(filter: string): void;
  /** Sorts by a column; the same column again reverses the order. */
  sortBy(key: SortKey): void;
  setShowUnlinked(show: boolean): void;
}

export const createSourcesStore = () =>
  createStore<SourcesState>((set, get) => ({
    filter: '',
    sortKey: 'questionCount',
    sortDir: 'desc',
    showUnlinked: false,
    setFilter: (filter) => set({ filter }),
    sortBy: (key) => {
      const { sortKey, sortDir } = get();
      if (key === sortKey) set({ sortDir: sortDir === 'asc' ? 'desc' : 'asc' });
      else set({ sortKey: key, sortDir: key === 'questionCount' ? 'desc' : 'asc' });
    },
    setShowUnlinked: (showUnlinked) => set({ showUnlinked }),
  }));


function sortValue(i: Instrument, key: SortKey): string | number | null {
  return key === 'questionCount' ? i.questionCount : i[key];
}

export function visibleInstruments(all: readonly Instrument[], s: Pick<SourcesState, 'filter' | 'sortKey' | 'sortDir' | 'showUnlinked'>): Instrument[] {
  const words = fold(s.filter).split(/\s+/).filter(Boolean);
  const rows = all.filter((i) => {
    if (!s.showUnlinked && i.questionCount === 0 && words.length === 0) return false;
    const hay = fold([i.shortName, i.name, ...i.aliases, i.organization, i.year, i.key, ...i.surveys].filter(Boolean).join(' '));
    return words.every((w) => hay.includes(w));
  });
  const dir = s.sortDir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = sortValue(a, s.sortKey);
    const y = sortValue(b, s.sortKey);
    // Missing values (no short name, no year) sort last in either direction.
    if (x === null || x === '') return y === null || y === '' ? a.name.localeCompare(b.name) : 1;
    if (y === null || y === '') return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' });
    return c === 0 ? a.name.localeCompare(b.name) : c * dir;
  });
}
