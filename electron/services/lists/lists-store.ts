// The lists as the app uses them: loaded once from the user-data folder, changed through one
// validated action at a time, saved safely after each change. Pure Node: no electron import.
import { join } from 'node:path';
import type { Codebook } from '../store';
import { showItem } from '../item-detail';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';
import { listFromConceptSet, looksLikeConceptSet } from '../export/atlas-import';
import { loadListsFile, removeStaleTemps, saveListsFile, type ListsNotice } from './lists-file';
import { withListsLock, type LockOptions } from './lists-lock';
import * as ops from './operations';
import { ExportedList, LISTS_FILE_NAME, type ListsFile, type VariableList } from './schema';
import { chooseAnswers, entryFromCodebook, type AnswerChoice } from './snapshot';

export type ListAction =
  | { op: 'create'; name: string }
  | { op: 'rename'; listId: string; name: string }
  | { op: 'delete'; listId: string }
  | { op: 'annotate-list'; listId: string; note: string }
  | { op: 'add'; listId?: string; newListName?: string; item: string; answers: AnswerChoice }
  | { op: 'remove'; listId: string; entryId: string }
  | { op: 'move'; listId: string; entryId: string; to: number }
  | { op: 'annotate'; listId: string; entryId: string; note: string }
  | { op: 'choose-answers'; listId: string; entryId: string; answers: AnswerChoice }
  | { op: 'import'; json: string; fileName?: string }
  | { op: 'dismiss-notices' };

export interface ListsState {
  lists: VariableList[];
  notices: ListsNotice[];
  /** Questions in all lists: the count shown in the navigation. */
  count: number;
}

export const listsFilePath = (userDataDir: string) => join(userDataDir, LISTS_FILE_NAME);

/** Parses an exported JSON list, with a message naming what is wrong. */
export function parseExportedList(json: string): VariableList {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ops.ListsError(`not a JSON file (${(e as Error).message})`);
  }
  const parsed = ExportedList.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ops.ListsError(`not an exported variable list: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data.list;
}

/** An exported list, or an ATLAS concept set (named after its file), as a list. */
export function parseListFile(db: Codebook, json: string, fileName = 'ATLAS concept set'): VariableList {
  let raw: unknown = null;
  try {
    raw = JSON.parse(json);
  } catch {
    /* parseExportedList names the JSON error */
  }
  if (looksLikeConceptSet(raw)) return listFromConceptSet(db, raw, fileName.replace(/\.json$/i, ''));
  return parseExportedList(json);
}

export class ListsStore {
  private data!: ListsFile;
  private notices: ListsNotice[] = [];
  /** The main file's text as this process last read or wrote it: anything else is another writer's. */
  private known: string | null = null;
  private readonly fs: FileSystem;

  constructor(
    readonly path: string,
    private readonly db: Codebook,
    private readonly lockOptions: LockOptions = {},
  ) {
    this.fs = lockOptions.fs ?? nodeFileSystem;
    this.locked(() => {
      removeStaleTemps(path, this.fs);
      this.reload();
    });
  }

  private locked<T>(fn: () => T): T {
    return withListsLock(this.path, fn, this.lockOptions);
  }

  private onDisk(): string | null {
    try {
      return this.fs.readFile(this.path).toString('utf8');
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return null;
      throw e;
    }
  }

  private reload(): void {
    const loaded = loadListsFile(this.path, { fs: this.fs });
    this.data = loaded.data;
    this.notices.push(...loaded.notices);
    this.known = this.onDisk();
  }

  /** Another process saved since we last looked: take its lists, and say so once. */
  private catchUp(): void {
    if (this.onDisk() === this.known) return;
    this.reload();
    if (!this.notices.some((n) => n.kind === 'changed-elsewhere')) {
      this.notices.push({ kind: 'changed-elsewhere', file: this.path, reason: 'saved by another PPI Explorer window, browser mode or command' });
    }
  }

  state(): ListsState {
    return { lists: this.data.lists, notices: this.notices, count: ops.entryCount(this.data) };
  }

  /** The state with any change another process saved meanwhile. */
  current(): ListsState {
    return this.locked(() => (this.catchUp(), this.state()));
  }

  list(listId: string): VariableList {
    return ops.findList(this.data, listId);
  }

  /** Applies one action to the lists as they are on disk now; the file changes only if it succeeds. */
  apply(action: ListAction): ListsState {
    if (action.op === 'dismiss-notices') {
      this.notices = [];
      return this.state();
    }
    return this.locked(() => {
      this.catchUp();
      const next = this.next(action);
      const saved = saveListsFile(this.path, next, this.fs);
      this.data = next;
      this.known = saved.text;
      if (saved.backupError) this.notices.push({ kind: 'backup-failed', file: this.path, reason: saved.backupError });
      return this.state();
    });
  }

  private next(a: Exclude<ListAction, { op: 'dismiss-notices' }>): ListsFile {
    const d = this.data;
    switch (a.op) {
      case 'create':
        return ops.createList(d, a.name).data;
      case 'rename':
        return ops.renameList(d, a.listId, a.name);
      case 'delete':
        return ops.deleteList(d, a.listId);
      case 'annotate-list':
        return ops.annotateList(d, a.listId, a.note);
      case 'add': {
        const entry = entryFromCodebook(this.db, a.item, a.answers);
        if (a.listId) return ops.addEntry(d, a.listId, entry);
        const created = ops.createList(d, a.newListName ?? 'My variables');
        return ops.addEntry(created.data, created.list.id, entry);
      }
      case 'remove':
        return ops.removeEntry(d, a.listId, a.entryId);
      case 'move':
        return ops.moveEntry(d, a.listId, a.entryId, a.to);
      case 'annotate':
        return ops.annotateEntry(d, a.listId, a.entryId, a.note);
      case 'choose-answers': {
        const entry = ops.findList(d, a.listId).entries.find((e) => e.id === a.entryId);
        if (!entry) throw new ops.ListsError(`no entry ${a.entryId}`);
        // The question's answers as the codebook has them now, else as they were snapshotted.
        const current = showItem(this.db, String(entry.conceptId ?? entry.code ?? ''));
        const all = current?.kind === 'question' ? current.answers : entry.answers;
        return ops.replaceEntry(d, a.listId, { ...entry, ...chooseAnswers(all, a.answers) });
      }
      case 'import':
        return ops.importList(d, parseListFile(this.db, a.json, a.fileName)).data;
    }
  }
}
