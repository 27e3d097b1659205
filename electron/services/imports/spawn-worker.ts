// Starts a worker thread on one of the import's worker entries: the built file (out/main/<name>.js,
// beside the bundle) or, in a checkout, its TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

export function spawnWorker(builtName: string, source: URL, workerData: unknown, transferList?: TransferListItem[]): Worker {
  const built = new URL(`./${builtName}.js`, import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData, ...(transferList ? { transferList } : {}) });
  // The package's ESM entry (require.resolve gives its CommonJS one), next to its package.json.
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(boot, { eval: true, workerData, ...(transferList ? { transferList } : {}) });
}
