// Starts a worker thread on one of the import's worker entries: the built file (out/main/<name>.js,
// beside the bundle) or, in a checkout, its TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { tsxBoot } from '../../../codebooks/read/ts-worker';

export function spawnWorker(builtName: string, source: URL, workerData: unknown, transferList?: TransferListItem[]): Worker {
  const built = new URL(`./${builtName}.js`, import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData, ...(transferList ? { transferList } : {}) });
  return new Worker(tsxBoot(source), { eval: true, workerData, ...(transferList ? { transferList } : {}) });
}
