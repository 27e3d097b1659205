// Opens the codebook read-only for the main process. In a checkout, Node's better-sqlite3 build
// does not load in Electron; `npm start` prepares an Electron build of it and passes its path.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodebookMissingError, type Codebook } from '../services/store';

export function electronNativeBinding(projectRoot: string, env = process.env): string | undefined {
  const candidate = env.PPI_ELECTRON_SQLITE_BINDING ?? join(projectRoot, 'build', 'electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

export function openCodebookForElectron(path: string, nativeBinding?: string): Codebook {
  if (!existsSync(path)) throw new CodebookMissingError(`no codebook database at ${path}: run \`npm run build:codebooks\` first`);
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('query_only = ON');
  return db;
}
