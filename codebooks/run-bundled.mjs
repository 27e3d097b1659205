// `node codebooks/run-bundled.mjs codebooks/build-cli.ts [args]`: runs one of the build's
// TypeScript entry points without a TypeScript loader. Under tsx every module of the build goes
// through its loader thread, and each worker thread registers tsx again: about 2.5 s of CPU
// before a cold build starts its work, most of it on the main thread. Here esbuild (the one tsx
// itself uses) bundles the entry and the build's worker threads into a folder under build/ (about
// 0.2 s), which is run with plain Node and removed at exit. Each module keeps its own
// import.meta.url and import.meta.dirname, so the paths it reads and the workers it starts are the
// same as under tsx; packages stay imported from node_modules.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
/** Started with spawnTsWorker (read/ts-worker.ts): bundled too, and found there by their source URL. */
const WORKERS = ['codebooks/write/page-index-worker.ts', 'codebooks/merge/spanish-align-worker.ts'];
/** Where ts-worker.ts looks for a bundled worker (a global: this launcher is outside the bundle). */
const COMPILED_WORKERS = Symbol.for('ppi.build.compiledWorkers');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node codebooks/run-bundled.mjs ENTRY.ts [args]\n');
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2).
process.argv.splice(2, process.argv.length, ...args);

const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
const bundles = join(ROOT, 'build', '.bundled');
const outdir = join(bundles, `${process.pid}-${Date.now().toString(36)}`);
removeOrphans();
mkdirSync(outdir, { recursive: true });
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));

/** Bundles left by a run that was killed (no exit handler ran): their process is gone. */
function removeOrphans() {
  for (const name of existsSync(bundles) ? readdirSync(bundles) : []) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(join(bundles, name), { recursive: true, force: true });
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** import.meta.url and import.meta.dirname as they are in the source file, not in the bundle. */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (a) => {
      if (a.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
      const text = readFileSync(a.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const contents = text.replaceAll('import.meta.dirname', JSON.stringify(dirname(a.path))).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href));
      return { contents, loader: extname(a.path).endsWith('ts') ? 'ts' : 'js' };
    });
  },
};

const entries = [entry, ...WORKERS].map((e) => resolve(ROOT, e));
await esbuild.build({
  entryPoints: entries,
  outdir,
  outbase: ROOT,
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  plugins: [sourceLocation],
});

const bundled = (source) => pathToFileURL(join(outdir, relative(ROOT, source).replace(/\.ts$/, '.mjs'))).href;
globalThis[COMPILED_WORKERS] = Object.fromEntries(entries.slice(1).map((s) => [pathToFileURL(s).href, bundled(s)]));
await import(bundled(entries[0]));
