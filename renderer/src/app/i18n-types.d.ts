// Typed translation keys: t('catalog:title') is checked against the English files. A feature's
// namespace is added here with its English JSON.
import 'i18next';
import type catalog from '../../../locales/en/catalog.json';
import type common from '../../../locales/en/common.json';
import type detail from '../../../locales/en/detail.json';
import type outline from '../../../locales/en/outline.json';
import type about from '../../../locales/en/about.json';
import type lists from '../../../locales/en/lists.json';
import type lookup from '../../../locales/en/lookup.json';
import type search from '../../../locales/en/search.json';
import type sources from '../../../locales/en/sources.json';
import type trainer from '../../../locales/en/trainer.json';
import type pdf from '../../../locales/en/pdf.json';
import type imports from '../../../locales/en/imports.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalog: typeof catalog;
      outline: typeof outline;
      detail: typeof detail;
      search: typeof search;
      lookup: typeof lookup;
      sources: typeof sources;
      trainer: typeof trainer;
      about: typeof about;
      lists: typeof lists;
      pdf: typeof pdf;
      imports: typeof imports;
    };
  }
}
