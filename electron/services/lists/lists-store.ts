// The lists as the app uses them: loaded once from the user-data folder, changed through one
// validated action at a time, saved safely after each change. Pure Node: no electron import.
import { join } from 'node:path';
import type { Codebook } from '../store';
import { showItem } from '../item-detail';
import { listFromConceptSet, looksLikeConceptSet } from '../export/atlas-import';
import { loadListsFile, removeStaleTemps, saveListsFile, type ListsNotice } from './lists-file';
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
  private data: ListsFile;
  private notices: ListsNotice[];

  constructor(
    readonly path: string,
    private readonly db: Codebook,
  ) {
    removeStaleTemps(path);
    const loaded = loadListsFile(path);
    this.data = loaded.data;
    this.notices = loaded.notices;
  }

  state(): ListsState {
    return { lists: this.data.lists, notices: this.notices, count: ops.entryCount(this.data) };
  }

  list(listId: string): VariableList {
    return ops.findList(this.data, listId);
  }

  /** Applies one action; the file on disk changes only if the action succeeds. */
  apply(action: ListAction): ListsState {
    if (action.op === 'dismiss-notices') {
      this.notices = [];
      return this.state();
    }
    const next = this.next(action);
    saveListsFile(this.path, next);
    this.data = next;
    return this.state();
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
