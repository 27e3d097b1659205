// The variable-lists file (user data, never the bundled database) as zod schemas: one definition
// gives the types, the check on every load, and the shape of an exported JSON list.
import { z } from 'zod';

/** Bump when the file's shape changes; a file with another version is set aside, not guessed at. */
export const LISTS_VERSION = 1;
export const LISTS_FILE_NAME = 'variable-lists.json';
export const EXPORT_FORMAT_TAG = 'ppi-explorer-variable-list';

const Texts = z.object({ en: z.string().nullable(), es: z.string().nullable() });
const Id = z.number().int().nullable();

export const EntryAnswer = z.object({
  code: z.string().nullable(),
  conceptId: Id,
  standardConceptId: Id,
  text: Texts,
});
export type EntryAnswer = z.infer<typeof EntryAnswer>;

/** A question as it was when added: identifiers and a snapshot of its texts. */
export const ListEntry = z.object({
  id: z.string().min(1).max(100),
  code: z.string().nullable(),
  conceptId: Id,
  survey: z.object({ slug: z.string(), conceptId: Id, name: z.string().nullable() }).nullable(),
  text: Texts,
  /** true: every answer of the question; false: only `answers`. */
  allAnswers: z.boolean(),
  answers: z.array(EntryAnswer),
  sources: z.array(z.object({ instrument: z.string().nullable(), name: z.string() })),
  note: z.string().max(20_000),
  codebookAsOf: z.string().nullable(),
  addedAt: z.string(),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const VariableList = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  note: z.string().max(20_000),
  createdAt: z.string(),
  updatedAt: z.string(),
  entries: z.array(ListEntry),
});
export type VariableList = z.infer<typeof VariableList>;

export const ListsFile = z.object({
  version: z.literal(LISTS_VERSION),
  /** When this content was saved: a restore from a backup says from when. Absent in older files. */
  savedAt: z.string().optional(),
  lists: z.array(VariableList),
});
export type ListsFile = z.infer<typeof ListsFile>;

/** One list as exported to JSON: re-importable. */
export const ExportedList = z.object({
  format: z.literal(EXPORT_FORMAT_TAG),
  version: z.literal(LISTS_VERSION),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  codebookAsOf: z.string().nullable(),
  list: VariableList,
});
export type ExportedList = z.infer<typeof ExportedList>;

export const emptyListsFile = (): ListsFile => ({ version: LISTS_VERSION, lists: [] });
