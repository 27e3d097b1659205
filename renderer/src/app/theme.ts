// The colour theme: light, dark, or the system's (the default), chosen in the header and kept
// across restarts. The chosen or system scheme is written to <html data-theme>, which styles.css
// keys its colours on; "system" follows the OS live.
import { create } from 'zustand';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const KEY = 'ppi.theme';
const DARK = '(prefers-color-scheme: dark)';

function stored(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'system';
  } catch {
    return 'system'; // storage refused
  }
}

export const resolveTheme = (theme: Theme, systemDark: boolean): 'light' | 'dark' => (theme === 'system' ? (systemDark ? 'dark' : 'light') : theme);

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = resolveTheme(theme, window.matchMedia?.(DARK).matches ?? false);
}

interface ThemeState {
  theme: Theme;
  setTheme(theme: Theme): void;
}

export const useThemeStore = create<ThemeState>((set) => ({
  theme: stored(),
  setTheme: (theme) => {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      /* the choice then lasts the session */
    }
    set({ theme });
    apply(theme);
  },
}));

/** Applies the kept choice before the first paint and follows the OS while "system" is chosen. */
export function startTheme(): void {
  apply(useThemeStore.getState().theme);
  window.matchMedia?.(DARK).addEventListener('change', () => apply(useThemeStore.getState().theme));
}
