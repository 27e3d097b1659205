// A worker thread running one of the build's TypeScript modules: the build runs under tsx, and
// so do its workers, whatever loader the parent thread was started with (vitest has its own).
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

export function spawnTsWorker(source: URL): Worker {
  const worker = new Worker(tsxBoot(source), { eval: true, execArgv: [] });
  // An idle worker does not keep the build alive.
  worker.unref();
  return worker;
}
