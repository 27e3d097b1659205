// Shell-wide state: the current page and the last menu command (Ctrl/Cmd+K and the Help menu).
import { create } from 'zustand';
import type { MenuCommand } from '../../../electron/contract/methods';

export type Page = 'catalog' | 'about';

interface ShellState {
  page: Page;
  /** Increments on every "search" command so a focused box can react to repeats. */
  searchRequests: number;
  go(page: Page): void;
  command(command: MenuCommand): void;
}

export const useShellStore = create<ShellState>((set) => ({
  page: 'catalog',
  searchRequests: 0,
  go: (page) => set({ page }),
  command: (command) =>
    set((s) => {
      if (command === 'about-data') return { page: 'about' };
      if (command === 'catalog') return { page: 'catalog' };
      return { page: 'catalog', searchRequests: s.searchRequests + 1 };
    }),
}));
