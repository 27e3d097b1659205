// React and react-dom as one classic script (assets/vendor-<hash>.js, `defer`, before the app's
// module), which the app's modules reach through small shims. Why: Chromium 156 never reads back
// the code cache of a module script (it writes one, each load compiles again), but it reads a
// classic script's cache on a background thread. React is ~60% of the app's first script.
import { createHash } from 'node:crypto';
import { build, type Plugin } from 'vite';

/** The modules the classic script holds; any import of them, from the app or a library, gets a shim. */
export const VENDOR_MODULES = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'i18next', 'react-i18next', 'zustand', 'zustand/vanilla'] as const;

const GLOBAL = '__ppiVendor';
const SHIM = '\0ppi-vendor:';
const ENTRY = 'ppi-vendor-entry'; // lib mode makes it a path under the root: matched by its end

/** The vendor script's source: the modules' namespaces under globalThis.__ppiVendor. */
async function buildVendorScript(root: string): Promise<string> {
  const entry = `${VENDOR_MODULES.map((m, i) => `import * as m${i} from ${JSON.stringify(m)};`).join('\n')}
globalThis.${GLOBAL} = { ${VENDOR_MODULES.map((m, i) => `${JSON.stringify(m)}: m${i}`).join(', ')} };`;
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [{ name: 'ppi-vendor-entry', resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null), load: (id) => (id === `\0${ENTRY}` ? entry : null) }],
    build: { write: false, minify: true, copyPublicDir: false, lib: { entry: ENTRY, formats: ['iife'], name: '__ppiVendorLib', fileName: () => 'vendor.js' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('vendor script: the build gave no chunk');
  // V8 compiles it all while it streams; the code cache then holds every function.
  return `//# allFunctionsCalledOnLoad\n${chunk.code}`;
}

/** A module whose exports are those of `id`'s namespace in the vendor script. */
async function shimSource(id: string): Promise<string> {
  const names = Object.keys(await import(id)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
  return `const m = globalThis.${GLOBAL}[${JSON.stringify(id)}];
export default m.default ?? m;
export const { ${names.join(', ')} } = m;`;
}

export function vendorScript(root: string): Plugin {
  let src = '';
  return {
    name: 'ppi-vendor-script',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      const source = await buildVendorScript(root);
      const fileName = `assets/vendor-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      src = `./${fileName}`;
    },
    resolveId: (id) => ((VENDOR_MODULES as readonly string[]).includes(id) ? SHIM + id : null),
    load: (id) => (id.startsWith(SHIM) ? shimSource(id.slice(SHIM.length)) : null),
    // Deferred classic scripts and module scripts run in document order: first in <head>.
    transformIndexHtml: () => [{ tag: 'script', attrs: { defer: true, src }, injectTo: 'head-prepend' }],
  };
}
