// The real codebook database, as `npm test` builds it first (codebooks/ensure-db.ts).
import { existsSync } from 'node:fs';
import { defaultDbPath } from '../../codebooks/paths';
import { openCodebook, type Codebook } from '../../electron/services/store';

export function realDbPath(): string {
  const path = defaultDbPath();
  if (!existsSync(path)) throw new Error(`no codebook database at ${path}: run \`npm run ensure:db\` (npm test does it first)`);
  return path;
}

export function openRealDb(): Codebook {
  return openCodebook(realDbPath());
}
