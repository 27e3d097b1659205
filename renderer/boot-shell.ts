// The static shell written into index.html at build time: the header's title and sections and the
// "loading" line, in each interface language, from locales/<lang>/common.json. The browser paints
// it as soon as the page and its stylesheet arrive, before the script runs; boot.js (in <head>)
// has set <html lang> and data-theme by then, and the stylesheet shows the shell of that language.
// React replaces it on its first render with the same header, now complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS } from './src/app/sections';

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
