// The imports folder (<user data>/imports): one SQLite file per import, written under a temporary
// name and renamed into place only once complete, so a failed or cancelled import leaves nothing
// and the import it would replace stays as it was. Never the bundled database.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ImportInfo } from './schema';

const PARTIAL = '.partial';

export function importsDir(userDataDir: string): string {
  return join(userDataDir, 'imports');
}

export function importPath(userDataDir: string, id: string): string {
  return join(importsDir(userDataDir), `${id}.sqlite`);
}

/** An id is a file name stem: lower-case letters, digits and dashes. */
export function importIdFor(kind: ImportInfo['kind'], name: string): string {
  if (kind === 'athena') return 'athena';
  const stem = name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `codebook-${stem || 'file'}`;
}

export function partialPathFor(userDataDir: string, id: string): string {
  mkdirSync(importsDir(userDataDir), { recursive: true });
  return join(importsDir(userDataDir), `.${id}.${randomBytes(6).toString('hex')}${PARTIAL}`);
}

/** Makes the finished file durable, then puts it in place of any earlier import of the same id. */
export function commitImport(partial: string, final: string): void {
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, final);
}

export function discardPartial(partial: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm', '.side', '.side-journal']) rmSync(partial + suffix, { force: true });
}

/** Removes partial files an interrupted run left behind (none is in use when the app starts). */
export function removeStalePartials(userDataDir: string, keep: ReadonlySet<string> = new Set()): void {
  const dir = importsDir(userDataDir);
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (f.startsWith('.') && f.includes(PARTIAL) && !keep.has(join(dir, f))) rmSync(join(dir, f), { force: true });
}

export function readImportInfo(path: string, nativeBinding?: string): ImportInfo | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'import'").get() as { value: string } | undefined;
    if (!row) return null;
    return ImportInfo.parse({ ...JSON.parse(row.value), bytes: statSync(path).size });
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function listImports(userDataDir: string, nativeBinding?: string): ImportInfo[] {
  const dir = importsDir(userDataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite') && !f.startsWith('.'))
    .sort()
    .map((f) => readImportInfo(join(dir, f), nativeBinding))
    .filter((i): i is ImportInfo => i !== null);
}

export function removeImport(userDataDir: string, id: string): boolean {
  if (!/^[a-z0-9-]+$/.test(id)) return false;
  const path = importPath(userDataDir, id);
  if (!existsSync(path)) return false;
  rmSync(path);
  return true;
}
