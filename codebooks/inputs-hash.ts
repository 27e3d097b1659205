// A fingerprint of everything a build depends on (the build's own code and the pinned
// manifest), stored in the database, so `ensure-db` can tell a stale database from a fresh one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = import.meta.dirname;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : /\.(ts|mjs|sql|json)$/.test(name) ? [full] : [];
    });
}

export function buildInputsHash(root = ROOT): string {
  const h = createHash('sha256');
  for (const f of walk(root)) {
    h.update(relative(root, f).replaceAll('\\', '/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}
