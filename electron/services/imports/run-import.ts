// One import from start to finish, as the worker thread runs it: what the path is, the import
// into the partial file, and the description the imports list shows.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { SourceError } from '../../../codebooks/errors';
import { importAthena } from './athena/import-athena';
import { importCodebook } from './codebook/import-codebook';
import type { ImportHooks } from './progress';
import type { ImportInfo } from './schema';
import { importIdFor } from './store';

export type ImportKind = ImportInfo['kind'];

/** A folder is an Athena download; a .csv or .xlsx file a codebook or REDCap data dictionary. */
export function kindOfPath(path: string): ImportKind {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new SourceError(path, null, null, 'no such file or folder');
  }
  if (stat.isDirectory()) return 'athena';
  if (/\.(csv|xlsx)$/i.test(path)) return 'codebook';
  throw new SourceError(path, null, null, 'choose an Athena download folder (holding CONCEPT.csv), or a codebook or REDCap data dictionary (.csv or .xlsx)');
}

export function importIdOfPath(path: string): string {
  return importIdFor(kindOfPath(path), basename(path));
}

export async function runImport(path: string, partial: string, hooks: ImportHooks, nativeBinding?: string): Promise<ImportInfo> {
  const kind = kindOfPath(path);
  const name = basename(path);
  const base = { id: importIdFor(kind, name), kind, name, source: path, importedAt: new Date().toISOString() };
  let info: ImportInfo;
  if (kind === 'athena') {
    const s = await importAthena(path, partial, hooks, nativeBinding);
    info = { ...base, version: s.version, rows: Object.values(s.rows).reduce((a, b) => a + b, 0), notes: s.notes, bytes: 0 };
  } else {
    const s = await importCodebook(path, partial, hooks, nativeBinding);
    info = { ...base, version: s.format, rows: s.rows, notes: s.notes, bytes: 0 };
  }
  const db = new Database(partial, nativeBinding ? { nativeBinding } : {});
  try {
    db.prepare("INSERT INTO meta VALUES ('import', ?)").run(JSON.stringify(info));
  } finally {
    db.close();
  }
  return { ...info, bytes: statSync(partial).size };
}
