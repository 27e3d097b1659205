// Where the shell finds its data: the database, the built renderer and the instrument PDFs,
// for a checkout (sources folder, build/) and for a packaged app (resources folder).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the instrument PDFs sit inside a sources folder (see codebooks/sources/manifest.json). */
export const PDF_SUBDIR = 'all-of-us__data-browser/public-ui/src/assets/surveys';
/** Names inside the packaged app's resources folder (electron-builder extraResources). */
export const PACKAGED_DB = 'codebooks.sqlite';
export const PACKAGED_PDFS = 'pdfs';

export interface ShellPaths {
  db: string;
  renderer: string;
  pdfs: string | null;
}

type Env = Record<string, string | undefined>;

export function pdfDirFor(projectRoot: string, env: Env = process.env): string | null {
  if (env.PPI_PDF_DIR) return resolve(env.PPI_PDF_DIR);
  const roots = [env.PPI_SOURCES_DIR, join(projectRoot, '..', 'shared', 'codebooks-raw'), join(projectRoot, '.cache', 'sources')];
  for (const r of roots) {
    if (!r) continue;
    const dir = resolve(r, PDF_SUBDIR);
    if (existsSync(dir)) return dir;
  }
  return null;
}

/** A checkout: database under build/ (PPI_DB_PATH overrides), renderer under out/renderer. */
export function checkoutPaths(projectRoot: string, env: Env = process.env): ShellPaths {
  return {
    db: env.PPI_DB_PATH ? resolve(env.PPI_DB_PATH) : join(projectRoot, 'build', 'codebooks.sqlite'),
    renderer: join(projectRoot, 'out', 'renderer'),
    pdfs: pdfDirFor(projectRoot, env),
  };
}

/** A packaged app: database and PDFs from the resources folder, renderer from inside the asar. */
export function packagedPaths(resourcesPath: string, appPath: string): ShellPaths {
  return {
    db: join(resourcesPath, PACKAGED_DB),
    renderer: join(appPath, 'out', 'renderer'),
    pdfs: join(resourcesPath, PACKAGED_PDFS),
  };
}
