// Where the build puts what it makes (ignored folders), overridable for tests and packaging.
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const BUILD_DIR = join(PROJECT_ROOT, 'build');

export function defaultDbPath(env = process.env): string {
  return env.PPI_DB_PATH ? resolve(env.PPI_DB_PATH) : join(BUILD_DIR, 'codebooks.sqlite');
}

/** The JSON report sits beside the database it describes. */
export function reportPathFor(dbPath: string): string {
  return dbPath.replace(/\.sqlite$/, '') + '.report.json';
}
