// Releases of a survey (F2, F10, F15, F16): the list, the release diff and the EN/ES alignment.
import { z } from 'zod';
import { ItemRelease, ReleaseRef, SurveyRef } from './models';

export { ItemRelease, ReleaseRef };

export const ReleaseSource = z.object({
  source: z.string(),
  at: z.string().nullable(),
  role: z.string(),
  language: z.string().nullable(),
  complete: z.boolean(),
});

export const Release = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  dateBasis: z.string().nullable(),
  languages: z.array(z.string()),
  current: z.boolean(),
  /** A source lists every question: an item it lacks was not asked (else "release unknown"). */
  complete: z.boolean(),
  questionCount: z.number(),
  sources: z.array(ReleaseSource),
});
export type Release = z.infer<typeof Release>;

export const DiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string(), before: z.string().optional() });
const DiffItem = z.object({ code: z.string().nullable(), conceptId: z.number().nullable(), text: z.string().nullable() });
export const Reworded = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  lang: z.enum(['en', 'es']),
  before: z.string(),
  after: z.string(),
  words: z.array(DiffPart),
});
export const OptionChange = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  change: z.enum(['added', 'removed', 'relabelled', 'reordered']),
  answer: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const BranchingChange = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const ConceptChange = z.object({ code: z.string().nullable(), before: z.number().nullable(), after: z.number().nullable() });

export const ReleaseDiff = z.object({
  from: ReleaseRef,
  to: ReleaseRef,
  added: z.array(DiffItem),
  removed: z.array(DiffItem),
  /** In one release, not known for the other (its sources are partial): neither added nor removed. */
  unknown: z.array(DiffItem),
  reworded: z.array(Reworded),
  options: z.array(OptionChange),
  branching: z.array(BranchingChange),
  concepts: z.array(ConceptChange),
});
export type ReleaseDiff = z.infer<typeof ReleaseDiff>;

export const AlignFlag = z.enum(['missing-translation', 'es-from-other-release', 'untranslated', 'option-count', 'option-order', 'option-missing-translation']);
export type AlignFlag = z.infer<typeof AlignFlag>;

export const AlignRow = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  en: z.string().nullable(),
  es: z.string().nullable(),
  /** Where the Spanish came from: this release's source, or another release's. */
  esSource: z.string().nullable(),
  options: z.array(z.object({ code: z.string().nullable(), en: z.string().nullable(), es: z.string().nullable() })),
  flags: z.array(AlignFlag),
});
export type AlignRow = z.infer<typeof AlignRow>;

export const Alignment = z.object({ survey: SurveyRef, release: ReleaseRef, rows: z.array(AlignRow) });
export type Alignment = z.infer<typeof Alignment>;
