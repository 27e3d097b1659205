/// <reference types="vite/client" />
// UI strings in English and Spanish (F11), one namespace per feature: every locales/<lang>/<ns>.json
// is bundled (a new feature's file needs no edit here). The UI language is separate from the
// content language (shell-store.ts).
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { memoizeTranslations } from './memo-translations';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// The files as text (a string costs next to nothing to load, where the same strings as object
// literals are compiled with the app's first script): only the languages in use are parsed, the
// interface's and English (the fallback) at start, the other one when the user switches to it.
const files = import.meta.glob<string>('../../../locales/*/*.json', { eager: true, query: '?raw', import: 'default' });

/** { common: {...}, catalog: {...} } of one language, parsed from the bundled files. */
function languageResources(lang: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (m && m[1] === lang) out[m[2]!] = JSON.parse(text) as Record<string, unknown>;
  }
  return out;
}

/** { en: { common: {...}, catalog: {...} }, es: {...} } from the bundled files, for `langs`. */
export function bundledResources(langs: readonly string[] = UI_LANGUAGES): Resource {
  return Object.fromEntries(langs.map((l) => [l, languageResources(l)]));
}

const UI_LANGUAGE_KEY = 'ppi.uiLanguage';

function stored(): string | null {
  try {
    return localStorage.getItem(UI_LANGUAGE_KEY);
  } catch {
    return null; // storage refused: follow the system
  }
}

/** The language chosen before (kept across restarts), else the system's. */
export function initialLanguage(navigatorLanguage = typeof navigator === 'undefined' ? 'en' : navigator.language, saved = stored()): UiLanguage {
  if (saved && (UI_LANGUAGES as readonly string[]).includes(saved)) return saved as UiLanguage;
  return navigatorLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function initI18n(lng: UiLanguage = initialLanguage()) {
  const resources = bundledResources(lng === 'en' ? ['en'] : [lng, 'en']);
  // Emitted before i18next looks for the new language's strings.
  i18next.on('languageChanging', (l: string) => {
    if (!(UI_LANGUAGES as readonly string[]).includes(l) || i18next.hasResourceBundle(l, 'common')) return;
    for (const [ns, strings] of Object.entries(languageResources(l))) i18next.addResourceBundle(l, ns, strings);
  });
  // Screen readers read the page in the language of the interface.
  i18next.on('languageChanged', (l) => {
    document.documentElement.setAttribute('lang', l);
    try {
      localStorage.setItem(UI_LANGUAGE_KEY, l);
    } catch {
      /* the choice then lasts the session */
    }
  });
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are bundled: ready before the first render
  });
  memoizeTranslations(i18next);
  document.documentElement.setAttribute('lang', lng);
  return i18next;
}
