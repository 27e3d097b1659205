/// <reference types="vite/client" />
// UI strings in English and Spanish (F11), one namespace per feature: every locales/<lang>/<ns>.json
// is bundled (a new feature's file needs no edit here). The UI language is separate from the
// content language (shell-store.ts).
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json', { eager: true });

/** { en: { common: {...}, catalog: {...} }, es: {...} } from the bundled files. */
export function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (m) (resources[m[1]!] ??= {})[m[2]!] = mod.default;
  }
  return resources;
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
  const resources = bundledResources();
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
  document.documentElement.setAttribute('lang', lng);
  return i18next;
}
