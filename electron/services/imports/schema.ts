// The shapes of an import and of an import job, shared by the services and the IPC contract.
import { z } from 'zod';

export const ImportInfo = z.object({
  id: z.string(),
  kind: z.enum(['athena', 'codebook']),
  /** What the user imported: the folder's or the file's name. */
  name: z.string(),
  /** Full path it was read from. */
  source: z.string(),
  importedAt: z.string(),
  /** Athena: VOCABULARY.csv's version; a codebook: its format (REDCap data dictionary, ...). */
  version: z.string().nullable(),
  rows: z.number().int(),
  notes: z.array(z.string()),
  bytes: z.number().int(),
});
export type ImportInfo = z.infer<typeof ImportInfo>;

export const ImportJob = z.object({
  id: z.number().int(),
  path: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  step: z.string(),
  fraction: z.number(),
  rows: z.number().int(),
  error: z.string().nullable(),
  result: ImportInfo.nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

