// The IPC contract: each channel's argument and result as zod schemas. The wrapper validates
// arguments with them; the types below are derived from them, so the two cannot drift.
import { z } from 'zod';
import { AboutData, Instrument, InstrumentDetail, Outline, PdfDocument, QuestionPdfPages, SearchOptions, SearchResult, Survey } from './models';
import type { Channel } from './methods';
import { Presentation } from './presentation';
import { Alignment, Release, ReleaseDiff } from './releases';
import { ExportArg, ExportFileResult, ListActionArg, ListsState, SaveFileArg, SaveFileResult, SurveyExportArg } from './lists';
import { IMPORTS_CONTRACT, ItemWithImports } from './imports';
import { SearchCorpusPart } from './search-corpus';

const NoArg = z.undefined();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  codebookAsOf: z.string().nullable(),
  builtAt: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The build report; only the fields the shell reads are checked, the rest passes through. */
export const Report = z.looseObject({ builtAt: z.string(), codebookAsOf: z.string().nullable() });
export type Report = z.infer<typeof Report>;

export const SearchArg = z.strictObject({ query: z.string().max(20_000), options: SearchOptions.optional() });

const Name = z.string().trim().min(1).max(200);
/** A survey, or a survey and one of its releases (default: the current one). */
export const SurveyReleaseArg = z.union([Name, z.strictObject({ survey: Name, release: Name.optional() })]);
export const DiffArg = z.strictObject({ survey: Name, from: Name, to: Name });

export const CONTRACT = {
  'surveys:list': { arg: NoArg, result: z.array(Survey) },
  'item:show': { arg: z.string().trim().min(1).max(200), result: ItemWithImports.nullable() },
  'search:query': { arg: SearchArg, result: SearchResult },
  'search:corpus': { arg: z.number().int().min(0).max(10_000), result: SearchCorpusPart },
  'report:get': { arg: NoArg, result: Report.nullable() },
  'app:info': { arg: NoArg, result: AppInfo },
  'survey:outline': { arg: SurveyReleaseArg, result: Outline.nullable() },
  'instruments:list': { arg: NoArg, result: z.array(Instrument) },
  'instrument:show': { arg: z.string().trim().min(1).max(200), result: InstrumentDetail.nullable() },
  'about:data': { arg: NoArg, result: AboutData },
  'pdf:document': { arg: z.string().trim().min(1).max(300), result: PdfDocument.nullable() },
  'pdf:question-pages': { arg: z.string().trim().min(1).max(200), result: QuestionPdfPages.nullable() },
  'survey:present': { arg: SurveyReleaseArg, result: Presentation.nullable() },
  'survey:releases': { arg: Name, result: z.array(Release).nullable() },
  'release:diff': { arg: DiffArg, result: ReleaseDiff.nullable() },
  'release:align': { arg: z.strictObject({ survey: Name, release: Name.optional() }), result: Alignment.nullable() },
  'lists:get': { arg: NoArg, result: ListsState },
  'lists:change': { arg: ListActionArg, result: ListsState },
  'lists:export': { arg: ExportArg, result: ExportFileResult },
  'file:save': { arg: SaveFileArg, result: SaveFileResult },
  'survey:export': { arg: SurveyExportArg, result: ExportFileResult },
  ...IMPORTS_CONTRACT,
} as const satisfies Record<Channel, { arg: z.ZodType; result: z.ZodType }>;

export type Contract = typeof CONTRACT;
/** What the caller passes (before defaults are applied). */
export type ArgOf<C extends Channel> = z.input<Contract[C]['arg']>;
/** What the handler receives (after validation). */
export type ParsedArgOf<C extends Channel> = z.output<Contract[C]['arg']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

export const IpcError = z.object({ code: z.enum(['bad-channel', 'untrusted-sender', 'bad-argument', 'failed']), message: z.string() });
export type IpcError = z.infer<typeof IpcError>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(CONTRACT, value);
}
