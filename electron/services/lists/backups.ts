// Generations of the lists file: <file>.bak is a copy of the last save (so restoring it loses
// nothing), <file>.bak.2 and <file>.bak.3 the saves before it.
import { writeFileAtomic } from './atomic-file';
import type { FileSystem } from './file-system';

export const GENERATIONS = 3;

export const backupPath = (path: string) => `${path}.bak`;

/** Newest first. */
export function backupPaths(path: string): string[] {
  return Array.from({ length: GENERATIONS }, (_, i) => (i === 0 ? backupPath(path) : `${backupPath(path)}.${i + 1}`));
}

/** After a save: every backup moves one generation down and the newest becomes a copy of `text`. */
export function rotateBackups(path: string, text: string, fs: FileSystem): void {
  const paths = backupPaths(path);
  fs.remove(paths[paths.length - 1]!);
  for (let i = paths.length - 1; i > 0; i--) {
    if (fs.exists(paths[i - 1]!)) fs.rename(paths[i - 1]!, paths[i]!);
  }
  writeFileAtomic(paths[0]!, text, fs);
}
