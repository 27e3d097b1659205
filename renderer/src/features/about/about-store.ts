// About the data's state: a filter over the source files (218 of them), by repository, path,
// format, license or what the file provides.
import { createStore } from 'zustand/vanilla';
import type { RepoGroup } from './about-model';

export interface AboutState {
  filter: string;
  setFilter(filter: string): void;
}

export const createAboutStore = () => createStore<AboutState>((set) => ({ filter: '', setFilter: (filter) => set({ filter }) }));

export function filterGroups(groups: readonly RepoGroup[], filter: string): RepoGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  return groups.flatMap((g) => {
    const files = g.files.filter((f) => {
      const hay = [g.repo, f.path, f.format, f.license, f.provides, f.commit].join(' ').toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    return files.length ? [{ ...g, files }] : [];
  });
}
