// Builds the three parts: main (ESM, Node), preload (one CommonJS file, as a sandboxed preload
// requires: nothing but `electron` is left external) and the renderer (with the CSP meta tag).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/security/csp';
import { bootScript, bootShellHtml } from './scripts/boot-shell';
import { slimSnowballPlugin } from './scripts/slim-snowball';
import { vendorScript } from './scripts/vendor-script';

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

/** The static shell in #root (every locales/<lang>), and boot.js, which picks its language and theme.
 *  The build names boot.js by its content (assets/boot-<hash>.js) so the browser keeps it like the
 *  other assets: a blocking script that must be asked for again on every load delays the first paint. */
function bootShell(): Plugin {
  const locales = resolve(root, 'locales');
  const bootFile = resolve(root, 'renderer/boot.js');
  let bootSrc = './boot.js';
  let building = false;
  return {
    name: 'ppi-boot-shell',
    configResolved: (config) => void (building = config.command === 'build'),
    buildStart() {
      if (!building) return;
      const source = bootScript(readFileSync(bootFile, 'utf8'));
      const fileName = `assets/boot-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      bootSrc = `./${fileName}`;
    },
    configureServer: (server) =>
      void server.middlewares.use('/boot.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(bootScript(readFileSync(bootFile, 'utf8')));
      }),
    transformIndexHtml: (html) => ({
      html: html.replace('<div id="root"></div>', `<div id="root">${bootShellHtml(locales, readdirSync(locales).sort())}</div>`),
      tags: [{ tag: 'script', attrs: { src: bootSrc }, injectTo: 'head' }],
    }),
  };
}

/** V8 compiles every function of the entry chunk (React, i18next, the shell and the catalog: nearly
 *  all of it runs before the catalog is ready) on the script's streaming thread while it loads,
 *  instead of one by one on the main thread at first call (~870 lazy compiles, 60-300 ms there).
 *  The magic comment must open the file; Chromium 136+ reads it (Electron 45 is 140). Written into
 *  the files once they are out: a change to the chunk's code in generateBundle does not reach them. */
function eagerEntry(): Plugin {
  return {
    name: 'ppi-eager-entry',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const path = resolve(options.dir!, file.fileName);
        writeFileSync(path, `//# allFunctionsCalledOnLoad\n${readFileSync(path, 'utf8')}`);
        // With PPI_SOURCEMAP=1: the map's lines move down by one.
        if (existsSync(`${path}.map`)) {
          const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { mappings: string };
          writeFileSync(`${path}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
        }
      }
    },
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
    plugins: [vendorScript(resolve(root, 'renderer')), slimSnowballPlugin(), react(), cspMeta(), bootShell(), eagerEntry()],
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
