// The static shell written into index.html at build time: the header's title and sections and the
// "loading" line, in each interface language, from locales/<lang>/common.json. The browser paints
// it as soon as the page and its stylesheet arrive, before the script runs; boot.js (in <head>)
// has set <html lang> and data-theme by then, and the stylesheet shows the shell of that language.
// React replaces it on its first render with the same header, now complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX, TOKEN_HEADER, TOKEN_PARAM } from '../electron/contract/browser-endpoint';
import { METHOD_CHANNELS } from '../electron/contract/methods';
import { SECTIONS } from '../renderer/src/app/sections';

type Strings = { app: { title: string; loading: string }; nav: Record<string, string> };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function shellFor(lang: string, common: Strings): string {
  const links = SECTIONS.map((s) => `<a href="${escape(s.href)}">${escape(common.nav[s.label.slice('nav.'.length)] ?? '')}</a>`).join('');
  return (
    `<div class="app boot-shell" lang="${escape(lang)}">` +
    `<header class="app-header"><h1><a href="#/surveys">${escape(common.app.title)}</a></h1><nav aria-label="${escape(common.nav.label ?? '')}">${links}</nav></header>` +
    `<main><p role="status" class="loading">${escape(common.app.loading)}</p></main></div>`
  );
}

/** Both languages' shells, read from the locale files. */
export function bootShellHtml(localesDir: string, langs: readonly string[]): string {
  return langs.map((l) => shellFor(l, JSON.parse(readFileSync(join(localesDir, l, 'common.json'), 'utf8')) as Strings)).join('');
}

/** The names boot.js needs from the contract, written in as JavaScript strings. */
const BOOT_NAMES: Record<string, string> = {
  __PPI_API_PREFIX__: API_PREFIX,
  __PPI_TOKEN_HEADER__: TOKEN_HEADER,
  __PPI_TOKEN_PARAM__: TOKEN_PARAM,
  __PPI_CATALOG_CHANNEL__: METHOD_CHANNELS.listSurveys,
};

/** renderer/boot.js as served: each __PPI_*__ word replaced; an unknown one is an error. */
export function bootScript(source: string): string {
  return source.replace(/__PPI_\w+?__/g, (word) => {
    const value = BOOT_NAMES[word];
    if (value === undefined) throw new Error(`renderer/boot.js: unknown name ${word}`);
    return JSON.stringify(value);
  });
}
