// Loading and saving the lists file. Every save keeps the previous good version as <file>.bak;
// a file that does not parse, fails its schema or has an unknown version is renamed to
// <file>.corrupt-<timestamp> (never deleted) and the backup is used, with a notice for the user.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptyListsFile, ListsFile } from './schema';
import { TEMP_MARK, writeFileAtomic } from './atomic-file';

export type NoticeKind = 'set-aside' | 'restored-from-backup' | 'backup-set-aside';
export interface ListsNotice {
  kind: NoticeKind;
  /** The file concerned (for set-aside: where it now is). */
  file: string;
  reason: string;
}

export interface LoadResult {
  data: ListsFile;
  from: 'main' | 'backup' | 'empty';
  notices: ListsNotice[];
}

type Read = { state: 'ok'; data: ListsFile } | { state: 'missing' } | { state: 'bad'; reason: string };

export const backupPath = (path: string) => `${path}.bak`;

function readLists(path: string): Read {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'bad', reason: (e as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { state: 'bad', reason: `not valid JSON (${(e as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== undefined && version !== ListsFile.shape.version.value) return { state: 'bad', reason: `unknown version ${JSON.stringify(version)}` };
  const parsed = ListsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'bad', reason: `does not match the lists schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { state: 'ok', data: parsed.data };
}

function setAside(path: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.corrupt-${stamp}-${n}`;
  renameSync(path, target);
  return target;
}

/**
 * Reads the lists. With `setAside` (the app), a bad file is moved out of the way and a good backup
 * is written back as the main file; without it (the command line, read-only), nothing is touched.
 */
export function loadListsFile(path: string, options: { setAside?: boolean } = {}): LoadResult {
  const fix = options.setAside ?? true;
  const notices: ListsNotice[] = [];
  const main = readLists(path);
  if (main.state === 'ok') return { data: main.data, from: 'main', notices };
  if (main.state === 'bad') notices.push({ kind: 'set-aside', file: fix ? setAside(path) : path, reason: main.reason });

  const bak = backupPath(path);
  const backup = readLists(bak);
  if (backup.state === 'ok') {
    notices.push({ kind: 'restored-from-backup', file: bak, reason: main.state === 'bad' ? main.reason : 'the lists file was missing' });
    if (fix) writeFileAtomic(path, serialize(backup.data));
    return { data: backup.data, from: 'backup', notices };
  }
  if (backup.state === 'bad') notices.push({ kind: 'backup-set-aside', file: fix ? setAside(bak) : bak, reason: backup.reason });
  return { data: emptyListsFile(), from: 'empty', notices };
}

export const serialize = (data: ListsFile) => JSON.stringify(data, null, 2) + '\n';

/** Saves: the current main file (if good) becomes the backup, then the new content replaces it. */
export function saveListsFile(path: string, data: ListsFile): void {
  const checked = ListsFile.parse(data); // never write a file the next load would refuse
  mkdirSync(dirname(path), { recursive: true });
  const current = readLists(path);
  if (current.state === 'ok') writeFileAtomic(backupPath(path), serialize(current.data));
  writeFileAtomic(path, serialize(checked));
}

/** Removes temporary files left by a writer that was killed mid-save. */
export function removeStaleTemps(path: string): number {
  const dir = dirname(path);
  if (!existsSync(dir)) return 0;
  const prefixes = [basename(path) + TEMP_MARK, basename(backupPath(path)) + TEMP_MARK];
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (prefixes.some((p) => name.startsWith(p))) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
