// Opens the bundled codebook database read-only. The services take the handle as a parameter,
// so they run the same under the command line, the tests and the Electron main process.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export type Codebook = Database.Database;

export class CodebookMissingError extends Error {}

/** `nativeBinding`: a better-sqlite3 build other than node_modules' one (Electron's, in a checkout). */
const MMAP_BYTES = 1 << 30;

export function openCodebook(path: string, nativeBinding?: string): Codebook {
  if (!existsSync(path)) {
    throw new CodebookMissingError(`no codebook database at ${path}: run \`npm run build:codebooks\` first`);
  }
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('query_only = ON');
  // The file never changes under a reader (a new build is renamed over it): keep the shared lock
  // and map the file, so each statement skips the lock and change checks and the page copies
  // (a search runs a dozen small statements; these were a third of its time).
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  return db;
}

export function metaValue(db: Codebook, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** The build report stored in the database (its JSON, parsed), or null for a database without one. */
export function storedReport<T = Record<string, unknown>>(db: Codebook): T | null {
  const raw = metaValue(db, 'report');
  return raw ? (JSON.parse(raw) as T) : null;
}
