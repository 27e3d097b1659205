// A worker thread running one of the build's TypeScript modules: under tsx, whatever loader the
// parent thread was started with (vitest has its own), or the worker's bundle when the build runs
// bundled (codebooks/run-bundled.mjs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A script for `new Worker(..., { eval: true })` that registers tsx, then imports `source`. */
export function tsxBoot(source: URL): string {
  // The package's ESM entry (require.resolve gives its CommonJS one), next to its package.json.
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
}

/** Bundled workers by source URL, when the build runs bundled (codebooks/run-bundled.mjs). */
const COMPILED_WORKERS = Symbol.for('ppi.build.compiledWorkers');

export function spawnTsWorker(source: URL): Worker {
  const compiled = (globalThis as { [COMPILED_WORKERS]?: Record<string, string> })[COMPILED_WORKERS]?.[source.href];
  const worker = compiled ? new Worker(new URL(compiled), { execArgv: [] }) : new Worker(tsxBoot(source), { eval: true, execArgv: [] });
  // An idle worker does not keep the build alive.
  worker.unref();
  return worker;
}
