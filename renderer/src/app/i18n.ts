// UI strings in English and Spanish (F11). The UI language is separate from content language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../../locales/en/common.json';
import esCommon from '../../../locales/es/common.json';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function initialLanguage(navigatorLanguage = typeof navigator === 'undefined' ? 'en' : navigator.language): UiLanguage {
  return navigatorLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function initI18n(lng: UiLanguage = initialLanguage()) {
  // Screen readers read the page in the language of the interface.
  i18next.on('languageChanged', (l) => document.documentElement.setAttribute('lang', l));
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    resources: { en: { common: enCommon }, es: { common: esCommon } },
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are bundled: ready before the first render
  });
  return i18next;
}
