// Builds the codebook database when it is missing or was made by other build code or sources.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { buildInputsHash } from './inputs-hash';
import { defaultDbPath } from './paths';
import { prefetchInstrumentPdfs } from './read/pdf-prefetch';

export function isFresh(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare(`SELECT value FROM meta WHERE key = 'inputs_hash'`).get() as { value: string } | undefined;
      return row?.value === buildInputsHash();
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

const out = defaultDbPath();
if (isFresh(out)) {
  process.stderr.write(`codebook database is up to date: ${out}\n`);
} else {
  process.stderr.write(`building the codebook database (${existsSync(out) ? 'stale' : 'missing'}): ${out}\n`);
  // The PDFs first: the worker threads read them while this thread loads the rest of the build.
  prefetchInstrumentPdfs();
  const { buildCodebooks } = await import('./build');
  const { formatReport } = await import('./report/format');
  try {
    const report = await buildCodebooks({ out, log: (l) => process.stderr.write(l + '\n') });
    process.stderr.write(formatReport(report) + '\n');
  } catch (e) {
    process.stderr.write(`build failed: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
