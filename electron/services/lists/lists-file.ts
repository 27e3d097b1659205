// Loading and saving the lists file. Every save writes the file atomically, then keeps a copy as
// <file>.bak (older saves as .bak.2, .bak.3). A file that does not parse, fails its schema or has
// an unknown version is renamed to <file>.corrupt-<timestamp> (never deleted) and the newest good
// backup is used, with a notice saying what was recovered, from when, and what may be missing.
import { basename, dirname, join } from 'node:path';
import { emptyListsFile, ListsFile } from './schema';
import { TEMP_MARK, writeFileAtomic } from './atomic-file';
import { backupPaths, rotateBackups } from './backups';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';

export { backupPath } from './backups';

export type NoticeKind = 'set-aside' | 'restored-from-backup' | 'backup-set-aside' | 'backup-failed' | 'changed-elsewhere';
export interface ListsNotice {
  kind: NoticeKind;
  /** The file concerned (for set-aside: where it now is). */
  file: string;
  reason: string;
  /** restored-from-backup: when the recovered content was saved, what it holds, what may be missing. */
  savedAt?: string | null;
  lists?: number;
  questions?: number;
  /** When the damaged file was last written, if it could be told. */
  damagedAt?: string | null;
  mayBeMissing?: 'nothing' | 'later-changes';
}

export interface LoadResult {
  data: ListsFile;
  from: 'main' | 'backup' | 'empty';
  notices: ListsNotice[];
}

type Read = { state: 'ok'; data: ListsFile } | { state: 'missing' } | { state: 'bad'; reason: string };

function readLists(path: string, fs: FileSystem): Read {
  let text: string;
  try {
    // A byte-order mark (Windows Notepad writes one) is not part of the JSON.
    text = fs.readFile(path).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return { state: 'missing' };
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

function setAside(path: string, fs: FileSystem): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; fs.exists(target); n++) target = `${path}.corrupt-${stamp}-${n}`;
  fs.rename(path, target);
  return target;
}

const isoTime = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** What a restore recovered and what it may lack: anything saved after the backup was made. */
function restoredNotice(file: string, data: ListsFile, generation: number, damagedMs: number | null, fs: FileSystem, reason: string): ListsNotice {
  const savedAt = data.savedAt ?? isoTime(fs.mtimeMs(file));
  // Older generations, a file without its save time (written by an older version, whose backup
  // was one save behind), or a damaged file written after the backup: later changes may be lost.
  const later = generation > 0 || !data.savedAt || (damagedMs !== null && damagedMs > Date.parse(data.savedAt) + 2000);
  return {
    kind: 'restored-from-backup',
    file,
    reason,
    savedAt,
    lists: data.lists.length,
    questions: data.lists.reduce((n, l) => n + l.entries.length, 0),
    damagedAt: isoTime(damagedMs),
    mayBeMissing: later ? 'later-changes' : 'nothing',
  };
}

export interface LoadOptions {
  /** true (the app): a bad file is moved aside and a good backup written back as the main file;
   *  false (the command line, read-only): nothing is touched. */
  setAside?: boolean;
  fs?: FileSystem;
}

export function loadListsFile(path: string, options: LoadOptions = {}): LoadResult {
  const fix = options.setAside ?? true;
  const fs = options.fs ?? nodeFileSystem;
  const notices: ListsNotice[] = [];
  const main = readLists(path, fs);
  if (main.state === 'ok') return { data: main.data, from: 'main', notices };
  const damagedMs = main.state === 'bad' ? fs.mtimeMs(path) : null;
  if (main.state === 'bad') notices.push({ kind: 'set-aside', file: fix ? setAside(path, fs) : path, reason: main.reason });
  const why = main.state === 'bad' ? main.reason : 'the lists file was missing';

  for (const [generation, bak] of backupPaths(path).entries()) {
    const backup = readLists(bak, fs);
    if (backup.state === 'ok') {
      notices.push(restoredNotice(bak, backup.data, generation, damagedMs, fs, why));
      if (fix) writeFileAtomic(path, serialize(backup.data), fs);
      return { data: backup.data, from: 'backup', notices };
    }
    if (backup.state === 'bad') notices.push({ kind: 'backup-set-aside', file: fix ? setAside(bak, fs) : bak, reason: backup.reason });
  }
  return { data: emptyListsFile(), from: 'empty', notices };
}

export const serialize = (data: ListsFile) => JSON.stringify(data, null, 2) + '\n';

export interface SaveResult {
  /** Exactly what the main file now holds. */
  text: string;
  /** The save is done, but its backup copy could not be written. */
  backupError: string | null;
}

/** Saves: the new content replaces the main file atomically, then becomes the newest backup. */
export function saveListsFile(path: string, data: ListsFile, fs: FileSystem = nodeFileSystem): SaveResult {
  // never write a file the next load would refuse
  const checked = ListsFile.parse({ ...data, savedAt: new Date().toISOString() });
  fs.mkdirp(dirname(path));
  const text = serialize(checked);
  writeFileAtomic(path, text, fs);
  try {
    rotateBackups(path, text, fs);
  } catch (e) {
    return { text, backupError: (e as Error).message };
  }
  return { text, backupError: null };
}

/** Removes temporary files left by a writer that was killed mid-save. */
export function removeStaleTemps(path: string, fs: FileSystem = nodeFileSystem): number {
  const dir = dirname(path);
  if (!fs.exists(dir)) return 0;
  const prefixes = [path, ...backupPaths(path)].map((p) => basename(p) + TEMP_MARK);
  let removed = 0;
  for (const name of fs.readdir(dir)) {
    if (prefixes.some((p) => name.startsWith(p))) {
      fs.remove(join(dir, name));
      removed++;
    }
  }
  return removed;
}
