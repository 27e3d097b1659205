// A fingerprint of everything a build depends on (the build's own code, what it imports from
// elsewhere in the project, and the pinned manifest), stored in the database, so `ensure-db` can tell a stale database from a fresh one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = import.meta.dirname;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : /\.(ts|mjs|sql|json)$/.test(name) ? [full] : [];
    });
}

const IMPORT = /(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g;

/** The build's own files and, followed through their relative imports, the ones it uses from
 *  elsewhere in the project (the viewer's find-text.ts, which makes the highlight boxes). */
export function buildInputs(root = ROOT): string[] {
  const files = new Set(walk(root));
  for (const f of files) {
    if (!f.endsWith('.ts')) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const base = join(dirname(f), m[1]!);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
      if (found) files.add(found);
    }
  }
  return [...files].sort();
}

export function buildInputsHash(root = ROOT): string {
  const h = createHash('sha256');
  for (const f of buildInputs(root)) {
    h.update(relative(root, f).replaceAll('\\', '/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}
