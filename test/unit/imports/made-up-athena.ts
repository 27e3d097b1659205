// The made-up Athena folder (test/fixtures/athena/made-up-athena) and broken copies of it.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MADE_UP_ATHENA = join(import.meta.dirname, '..', '..', 'fixtures', 'athena', 'made-up-athena');

/** A copy of the made-up folder in `dir`, with `file` rewritten by `edit` (or removed when edit returns null). */
export function brokenCopy(dir: string, file: string, edit: (text: string) => string | Buffer | null): string {
  const folder = join(dir, 'made-up-broken-athena');
  cpSync(MADE_UP_ATHENA, folder, { recursive: true });
  const path = join(folder, file);
  const out = edit(readFileSync(path, 'utf8'));
  if (out === null) rmSync(path);
  else writeFileSync(path, out);
  return folder;
}
