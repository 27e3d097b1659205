// Typed translation keys: t('catalog:title') is checked against the English files. A feature's
// namespace is added here with its English JSON.
import 'i18next';
import type catalog from '../../../locales/en/catalog.json';
import type common from '../../../locales/en/common.json';
import type detail from '../../../locales/en/detail.json';
import type outline from '../../../locales/en/outline.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalog: typeof catalog;
      outline: typeof outline;
      detail: typeof detail;
    };
  }
}
