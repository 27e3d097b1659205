// `import <path>`, `imports` and `remove-import <id>`: the same worker-thread import as the app,
// with progress on stderr; Ctrl+C cancels it and leaves nothing behind.
import { resolve } from 'node:path';
import { ImportJobs } from '../services/imports/jobs';
import { listImports, removeImport } from '../services/imports/store';
import type { ImportInfo } from '../services/imports/schema';
import { UsageError } from './args';

export async function importCommand(path: string, userDataDir: string, log: (line: string) => void): Promise<ImportInfo> {
  const jobs = new ImportJobs({ userDataDir, release: () => {} });
  const { id } = jobs.start(resolve(path));
  const onInterrupt = () => jobs.cancel(id);
  process.once('SIGINT', onInterrupt);
  let shown = -1;
  const timer = setInterval(() => {
    const j = jobs.status(id)!;
    const pct = Math.floor(j.fraction * 100);
    if (pct !== shown) log(`${String(pct).padStart(3)}%  ${j.step}  ${j.rows.toLocaleString('en-US')} rows`);
    shown = pct;
  }, 1000);
  try {
    const job = await jobs.wait(id);
    if (job.status === 'cancelled') throw new Error('import cancelled; nothing was changed');
    if (job.status !== 'done' || !job.result) throw new Error(job.error ?? 'the import failed');
    return job.result;
  } finally {
    clearInterval(timer);
    process.off('SIGINT', onInterrupt);
  }
}

export function importsText(list: ImportInfo[]): string {
  if (list.length === 0) return 'no imports';
  return list
    .map((i) => `${i.id}\t${i.kind}\t${i.name}\t${i.version ?? '-'}\t${i.rows.toLocaleString('en-US')} rows\t${(i.bytes / 1e6).toFixed(1)} MB\t${i.importedAt}\t${i.source}`)
    .join('\n');
}

export function removeImportCommand(id: string, userDataDir: string): ImportInfo[] {
  if (!id) throw new UsageError('remove-import needs the id of an import (see `imports`)');
  if (!removeImport(userDataDir, id)) throw new UsageError(`no import "${id}" in ${userDataDir}`);
  return listImports(userDataDir);
}
