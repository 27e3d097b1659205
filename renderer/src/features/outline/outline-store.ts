// The outline's state for the survey on screen: the filter and the active row (an index into the
// full list of rows, so it survives filtering). Reset when another survey opens.
import { create } from 'zustand';

interface OutlineState {
  slug: string | null;
  query: string;
  active: number;
  open(slug: string): void;
  setQuery(query: string): void;
  setActive(index: number): void;
}

export const useOutlineStore = create<OutlineState>((set, get) => ({
  slug: null,
  query: '',
  active: 0,
  // Coming back to the same survey (back from a detail) keeps the filter and the place.
  open: (slug) => {
    if (get().slug !== slug) set({ slug, query: '', active: 0 });
  },
  setQuery: (query) => set({ query }),
  setActive: (active) => set({ active }),
}));

/** The row a key moves to, among the shown rows (indexes into the full list). */
export function moveActive(shown: number[], active: number, key: string, parents: number[]): number {
  if (shown.length === 0) return active;
  const at = Math.max(0, shown.indexOf(active));
  switch (key) {
    case 'ArrowDown':
      return shown[Math.min(shown.length - 1, at + 1)]!;
    case 'ArrowUp':
      return shown[Math.max(0, at - 1)]!;
    case 'Home':
      return shown[0]!;
    case 'End':
      return shown[shown.length - 1]!;
    case 'PageDown':
      return shown[Math.min(shown.length - 1, at + 10)]!;
    case 'PageUp':
      return shown[Math.max(0, at - 10)]!;
    case 'ArrowLeft': {
      const p = parents[active] ?? -1;
      return p >= 0 && shown.includes(p) ? p : active;
    }
    case 'ArrowRight': {
      const next = shown[at + 1];
      return next !== undefined && parents[next] === active ? next : active;
    }
    default:
      return active;
  }
}
