// Pure changes to the lists: each takes the file's data and returns new data (never mutates),
// so the store can validate and save the result, or keep the old one if anything throws.
import { randomUUID } from 'node:crypto';
import type { ListEntry, ListsFile, VariableList } from './schema';

export class ListsError extends Error {}

const now = () => new Date().toISOString();

export function findList(data: ListsFile, listId: string): VariableList {
  const list = data.lists.find((l) => l.id === listId);
  if (!list) throw new ListsError(`no list with id ${listId}`);
  return list;
}

function updateList(data: ListsFile, listId: string, change: (l: VariableList) => Partial<VariableList>): ListsFile {
  findList(data, listId);
  return { ...data, lists: data.lists.map((l) => (l.id === listId ? { ...l, ...change(l), updatedAt: now() } : l)) };
}

function updateEntries(data: ListsFile, listId: string, change: (entries: ListEntry[]) => ListEntry[]): ListsFile {
  return updateList(data, listId, (l) => ({ entries: change(l.entries) }));
}

function entryIndex(list: VariableList, entryId: string): number {
  const i = list.entries.findIndex((e) => e.id === entryId);
  if (i < 0) throw new ListsError(`no entry ${entryId} in list "${list.name}"`);
  return i;
}

/** A name not yet used by another list: "Name", else "Name (2)", "Name (3)", ... */
export function freeName(data: ListsFile, wanted: string, exceptId?: string): string {
  const taken = new Set(data.lists.filter((l) => l.id !== exceptId).map((l) => l.name.toLowerCase()));
  const base = wanted.trim();
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

export function createList(data: ListsFile, name: string): { data: ListsFile; list: VariableList } {
  if (!name.trim()) throw new ListsError('a list needs a name');
  const t = now();
  const list: VariableList = { id: randomUUID(), name: freeName(data, name), note: '', createdAt: t, updatedAt: t, entries: [] };
  return { data: { ...data, lists: [...data.lists, list] }, list };
}

export function renameList(data: ListsFile, listId: string, name: string): ListsFile {
  if (!name.trim()) throw new ListsError('a list needs a name');
  return updateList(data, listId, () => ({ name: freeName(data, name, listId) }));
}

export function deleteList(data: ListsFile, listId: string): ListsFile {
  findList(data, listId);
  return { ...data, lists: data.lists.filter((l) => l.id !== listId) };
}

export const annotateList = (data: ListsFile, listId: string, note: string) => updateList(data, listId, () => ({ note }));

/** Same question = same concept ID, else same code (any letter case). */
export function sameQuestion(a: Pick<ListEntry, 'conceptId' | 'code'>, b: Pick<ListEntry, 'conceptId' | 'code'>): boolean {
  if (a.conceptId != null && b.conceptId != null) return a.conceptId === b.conceptId;
  return a.code != null && b.code != null && a.code.toLowerCase() === b.code.toLowerCase();
}

/** Adds a question; one already in the list keeps its place and note and takes the new answers. */
export function addEntry(data: ListsFile, listId: string, entry: ListEntry): ListsFile {
  return updateEntries(data, listId, (entries) => {
    const i = entries.findIndex((e) => sameQuestion(e, entry));
    if (i < 0) return [...entries, entry];
    const old = entries[i]!;
    return entries.map((e, j) => (j === i ? { ...entry, id: old.id, note: old.note, addedAt: old.addedAt } : e));
  });
}

export function removeEntry(data: ListsFile, listId: string, entryId: string): ListsFile {
  entryIndex(findList(data, listId), entryId);
  return updateEntries(data, listId, (entries) => entries.filter((e) => e.id !== entryId));
}

/** Moves an entry to position `to` (clamped to the list). */
export function moveEntry(data: ListsFile, listId: string, entryId: string, to: number): ListsFile {
  const from = entryIndex(findList(data, listId), entryId);
  return updateEntries(data, listId, (entries) => {
    const next = [...entries];
    const [moved] = next.splice(from, 1);
    next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
    return next;
  });
}

export function annotateEntry(data: ListsFile, listId: string, entryId: string, note: string): ListsFile {
  entryIndex(findList(data, listId), entryId);
  return updateEntries(data, listId, (entries) => entries.map((e) => (e.id === entryId ? { ...e, note } : e)));
}

export function replaceEntry(data: ListsFile, listId: string, entry: ListEntry): ListsFile {
  entryIndex(findList(data, listId), entry.id);
  return updateEntries(data, listId, (entries) => entries.map((e) => (e.id === entry.id ? entry : e)));
}

/** Restores an exported list: its own id and name where free, otherwise fresh ones. */
export function importList(data: ListsFile, list: VariableList): { data: ListsFile; list: VariableList } {
  const id = data.lists.some((l) => l.id === list.id) ? randomUUID() : list.id;
  const restored = { ...list, id, name: freeName(data, list.name) };
  return { data: { ...data, lists: [...data.lists, restored] }, list: restored };
}

/** The visible count: questions in a list, and in all lists. */
export const entryCount = (data: ListsFile) => data.lists.reduce((n, l) => n + l.entries.length, 0);
