// The imports' part of the IPC contract (F17): start, follow and cancel an import, list and
// remove imports, what an Athena download adds to a concept card, and search in the imports.
import { z } from 'zod';
import { ImportInfo, ImportJob } from '../services/imports/schema';
import { ItemDetail, ItemKind } from './models';

export { ImportInfo, ImportJob };

const ImportId = z.string().regex(/^[a-z0-9-]{1,80}$/);
export const ImportStartArg = z.strictObject({ path: z.string().trim().min(1).max(4096) });
export const ImportJobArg = z.strictObject({ job: z.number().int().min(1) });
export const ImportRemoveArg = z.strictObject({ id: ImportId });

/** An answer's (or question's) PPI concept ID as the bundled codebook and the Athena download give it. */
export const AthenaFact = z.object({
  code: z.string(),
  bundledConceptId: z.number().nullable(),
  athenaConceptId: z.number(),
  athenaName: z.string(),
  /** filled: the codebook had no ID; agrees; disagrees: shown, never applied. */
  status: z.enum(['filled', 'agrees', 'disagrees']),
});
export type AthenaFact = z.infer<typeof AthenaFact>;

export const AthenaRelationship = z.object({
  fromCode: z.string(),
  fromConceptId: z.number(),
  relationship: z.enum(['Maps to', 'Maps to value']),
  conceptId: z.number(),
  name: z.string().nullable(),
  vocabularyId: z.string().nullable(),
  conceptCode: z.string().nullable(),
});

export const ImportedFacts = z.object({
  importName: z.string(),
  version: z.string().nullable(),
  item: AthenaFact.nullable(),
  answers: z.array(AthenaFact),
  relationships: z.array(AthenaRelationship),
});
export type ImportedFacts = z.infer<typeof ImportedFacts>;

export const ImportSearchArg = z.strictObject({
  query: z.string().max(2000),
  vocabulary: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const VocabularyHit = z.object({
  conceptId: z.number(),
  name: z.string(),
  vocabularyId: z.string().nullable(),
  conceptCode: z.string(),
  domainId: z.string().nullable(),
  conceptClassId: z.string().nullable(),
  standard: z.string().nullable(),
  match: z.enum(['concept-id', 'code', 'name', 'synonym']),
});
export type VocabularyHit = z.infer<typeof VocabularyHit>;

export const UserItemHit = z.object({
  importId: z.string(),
  module: z.string(),
  kind: ItemKind.nullable(),
  code: z.string(),
  conceptId: z.number().nullable(),
  text: z.string().nullable(),
});

export const ImportSearchResult = z.object({
  athena: z.object({ name: z.string(), version: z.string().nullable(), vocabularies: z.array(z.object({ id: z.string(), concepts: z.number() })) }).nullable(),
  concepts: z.array(VocabularyHit),
  userItems: z.array(UserItemHit),
  tookMs: z.number(),
});
export type ImportSearchResult = z.infer<typeof ImportSearchResult>;

/** A concept card with what the user's Athena download adds to it (absent without an import). */
export const ItemWithImports = ItemDetail.extend({ imported: ImportedFacts.nullable().optional() });
export type ItemWithImports = z.infer<typeof ItemWithImports>;

export const IMPORTS_CONTRACT = {
  'imports:list': { arg: z.undefined(), result: z.array(ImportInfo) },
  'imports:start': { arg: ImportStartArg, result: ImportJob },
  'imports:status': { arg: ImportJobArg, result: ImportJob.nullable() },
  'imports:cancel': { arg: ImportJobArg, result: ImportJob.nullable() },
  'imports:remove': { arg: ImportRemoveArg, result: z.array(ImportInfo) },
  'imports:search': { arg: ImportSearchArg, result: ImportSearchResult },
  /** The native folder or file picker (desktop app only); null when cancelled. */
  'imports:choose': { arg: z.enum(['folder', 'file']), result: z.string().nullable() },
} as const;
