// Builds the three parts: main (ESM, Node), preload (one CommonJS file, as a sandboxed preload
// requires: nothing but `electron` is left external) and the renderer (with the CSP meta tag).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/security/csp';
import { bootShellHtml } from './renderer/boot-shell';

const root = import.meta.dirname;

/** Adds the CSP as a <meta> tag to the built index.html (dev server pages are left alone). */
function cspMeta(): Plugin {
  return {
    name: 'ppi-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ forMeta: true }) }, injectTo: 'head-prepend' },
    ],
  };
}

/** The static shell in #root (every locales/<lang>), and boot.js, which picks its language and theme. */
function bootShell(): Plugin {
  const locales = resolve(root, 'locales');
  return {
    name: 'ppi-boot-shell',
    transformIndexHtml: (html) => ({
      html: html.replace('<div id="root"></div>', `<div id="root">${bootShellHtml(locales, readdirSync(locales).sort())}</div>`),
      tags: [{ tag: 'script', attrs: { src: './boot.js' }, injectTo: 'head' }],
    }),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The import workers are their own entries: a worker thread loads each by file (out/main/import-worker.js,
      // out/main/athena-side-worker.js, the Athena import's second writer).
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'import-worker': resolve(root, 'electron/services/imports/import-worker.ts'),
          'athena-side-worker': resolve(root, 'electron/services/imports/athena/side-worker.ts'),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      // Dependencies (better-sqlite3, a native module, and zod) stay external: loaded from
      // node_modules at run time, better-sqlite3 from outside the asar (asarUnpack).
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspMeta(), bootShell()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Minified: the renderer parses and compiles its script before the first paint (electron-vite
      // leaves it unminified by default). PPI_SOURCEMAP=1 adds source maps, to see what a chunk holds.
      minify: true,
      sourcemap: process.env.PPI_SOURCEMAP === '1',
      // electron-vite reads the entry from rolldownOptions (Vite 7's types only know rollupOptions).
      ...({ rolldownOptions: { input: resolve(root, 'renderer/index.html') } } as object),
    },
  },
});
