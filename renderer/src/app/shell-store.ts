// Shell-wide state: the content language (EN, ES or both, persisted; separate from the UI
// language) and menu commands (Ctrl/Cmd+K and the Help menu), which move between routes.
import { create } from 'zustand';
import type { MenuCommand } from '../../../electron/contract/methods';
import { useRouteStore } from './router';

export const CONTENT_LANGUAGES = ['en', 'es', 'both'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const CONTENT_LANGUAGE_KEY = 'ppi.contentLanguage';

interface ShellState {
  contentLanguage: ContentLanguage;
  /** Increments on every "search" command so a focused box can react to repeats. */
  searchRequests: number;
  setContentLanguage(lang: ContentLanguage): void;
  command(command: MenuCommand): void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be refused (privacy settings): the setting then lasts the session
  }
}

export function readContentLanguage(store = storage()): ContentLanguage {
  const v = store?.getItem(CONTENT_LANGUAGE_KEY);
  return (CONTENT_LANGUAGES as readonly string[]).includes(v ?? '') ? (v as ContentLanguage) : 'both';
}

export const useShellStore = create<ShellState>((set) => ({
  contentLanguage: readContentLanguage(),
  searchRequests: 0,
  setContentLanguage: (contentLanguage) => {
    try {
      storage()?.setItem(CONTENT_LANGUAGE_KEY, contentLanguage);
    } catch {
      /* quota or refusal: keep the choice in memory */
    }
    set({ contentLanguage });
  },
  command: (command) => {
    const { navigate } = useRouteStore.getState();
    if (command === 'about-data') return navigate({ name: 'about' });
    if (command === 'catalog') return navigate({ name: 'surveys' });
    set((s) => ({ searchRequests: s.searchRequests + 1 }));
  },
}));

/** Which languages to show for a content-language choice, in display order. */
export const shownLanguages = (c: ContentLanguage): ('en' | 'es')[] => (c === 'both' ? ['en', 'es'] : [c]);
