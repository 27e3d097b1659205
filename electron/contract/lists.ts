// The variable lists' part of the IPC contract (F9): the actions, the state the renderer shows,
// the exports and the native save dialog.
import { z } from 'zod';
import { VariableList } from '../services/lists/schema';

const Id = z.string().min(1).max(100);
const Note = z.string().max(20_000);
const Name = z.string().trim().min(1).max(200);
const AnswerChoice = z.union([z.literal('all'), z.array(z.string().min(1).max(200)).min(1).max(500)]);

export const ListActionArg = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('create'), name: Name }),
  z.strictObject({ op: z.literal('rename'), listId: Id, name: Name }),
  z.strictObject({ op: z.literal('delete'), listId: Id }),
  z.strictObject({ op: z.literal('annotate-list'), listId: Id, note: Note }),
  z.strictObject({ op: z.literal('add'), listId: Id.optional(), newListName: Name.optional(), item: z.string().trim().min(1).max(200), answers: AnswerChoice }),
  z.strictObject({ op: z.literal('remove'), listId: Id, entryId: Id }),
  z.strictObject({ op: z.literal('move'), listId: Id, entryId: Id, to: z.number().int().min(0).max(1_000_000) }),
  z.strictObject({ op: z.literal('annotate'), listId: Id, entryId: Id, note: Note }),
  z.strictObject({ op: z.literal('choose-answers'), listId: Id, entryId: Id, answers: AnswerChoice }),
  z.strictObject({ op: z.literal('import'), json: z.string().min(1).max(5_000_000), fileName: z.string().max(300).optional() }),
  z.strictObject({ op: z.literal('dismiss-notices') }),
]);
export type ListActionArg = z.infer<typeof ListActionArg>;

export const ListsNotice = z.object({
  kind: z.enum(['set-aside', 'restored-from-backup', 'backup-set-aside', 'backup-failed', 'changed-elsewhere']),
  file: z.string(),
  reason: z.string(),
  savedAt: z.string().nullable().optional(),
  lists: z.number().int().optional(),
  questions: z.number().int().optional(),
  damagedAt: z.string().nullable().optional(),
  mayBeMissing: z.enum(['nothing', 'later-changes']).optional(),
});

export const ListsState = z.object({ lists: z.array(VariableList), notices: z.array(ListsNotice), count: z.number().int() });
export type ListsState = z.infer<typeof ListsState>;

export const ExportFormatArg = z.enum(['csv', 'xlsx', 'json', 'sql', 'python', 'r', 'citation', 'fhir', 'redcap', 'ddi', 'atlas']);
export const SurveyExportArg = z.strictObject({ survey: z.string().trim().min(1).max(200), format: z.enum(['fhir', 'redcap', 'ddi', 'atlas']), release: z.string().trim().min(1).max(100).optional() });
export const ExportArg = z.strictObject({ listId: Id, format: ExportFormatArg });

export const ExportFileResult = z.object({
  filename: z.string(),
  mime: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportFileResult = z.infer<typeof ExportFileResult>;

/** A file to save through the native dialog: the name is only a suggestion, never a path. */
export const SaveFileArg = z.strictObject({
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name, not a path'),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string().max(50_000_000),
});
export type SaveFileArg = z.infer<typeof SaveFileArg>;
export const SaveFileResult = z.object({ saved: z.boolean(), path: z.string().nullable() });
export type SaveFileResult = z.infer<typeof SaveFileResult>;
