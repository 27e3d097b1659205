// The shapes the services return, as zod schemas: one definition gives the TypeScript type, the
// runtime check at the IPC boundary, and the JSON the command line prints.
import { z } from 'zod';

export const Texts = z.object({ en: z.string().nullable(), es: z.string().nullable() });
export type Texts = z.infer<typeof Texts>;

export const ItemKind = z.enum(['module', 'topic', 'question', 'answer']);
export type ItemKind = z.infer<typeof ItemKind>;

export const SurveyRef = z.object({ slug: z.string(), conceptId: z.number().nullable(), name: z.string().nullable() });
export type SurveyRef = z.infer<typeof SurveyRef>;

export const Provenance = z.object({
  field: z.string(),
  value: z.string(),
  source: z.string(),
  at: z.string().nullable(),
  chosen: z.boolean(),
});
export type Provenance = z.infer<typeof Provenance>;

export const SurveyVersion = z.object({
  version: z.string(),
  label: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string(),
  questionCount: z.number(),
});

export const SurveyPdf = z.object({
  /** Document id: open it with the pdf route (renderer/src/features/pdf/links.ts). */
  id: z.number(),
  language: z.enum(['en', 'es']),
  file: z.string(),
  edition: z.string().nullable(),
  /** The version printed on the first page, when there is one. */
  version: z.string().nullable(),
  pages: z.number().nullable(),
});

export const Survey = z.object({
  slug: z.string(),
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  name: Texts,
  description: Texts,
  status: z.enum(['current', 'retired']),
  category: z.string(),
  questionCount: z.number(),
  participantCount: z.number().nullable(),
  versions: z.array(SurveyVersion),
  /** Its releases, oldest first (docs/releases.md). */
  releases: z.array(z.object({ id: z.string(), label: z.string(), date: z.string().nullable(), current: z.boolean(), questionCount: z.number() })).optional(),
  pdfs: z.array(SurveyPdf),
});
export type Survey = z.infer<typeof Survey>;

export const Answer = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  standardConceptId: z.number().nullable(),
  text: Texts,
  /** The releases whose answer list holds it under this question (IDs of the item's `releases`). */
  releases: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof Answer>;

/** An answer a branching rule names: code and wording where the sources give them. */
export const BranchAnswer = z.object({ code: z.string().nullable(), conceptId: z.number().nullable().optional(), text: Texts });
export type BranchAnswer = z.infer<typeof BranchAnswer>;

export const Branching = z.object({
  parentCode: z.string().nullable(),
  parentConceptId: z.number().nullable(),
  answerCodes: z.array(z.string()),
  /** Every answer the rule names, those without a code too (answerCodes keeps only the coded ones). */
  answers: z.array(BranchAnswer),
  when: z.enum(['shown', 'hidden']),
  text: z.string().nullable(),
  source: z.string(),
});
export type Branching = z.infer<typeof Branching>;

export const QuestionSource = z.object({
  instrument: z.string().nullable(),
  /** The instrument's name; null for an original wording whose instrument no source names. */
  name: z.string().nullable(),
  organization: z.string().nullable(),
  year: z.string().nullable(),
  url: z.string().nullable(),
  description: z.string().nullable(),
  originalText: z.string().nullable(),
  printedText: z.string().nullable(),
  source: z.string(),
});
export type QuestionSource = z.infer<typeof QuestionSource>;

export const ItemRef = z.object({
  kind: ItemKind,
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  text: Texts,
});
export type ItemRef = z.infer<typeof ItemRef>;

/** A concept related to an item, named as OMOP / Athena name the relationship where they do. */
export const Relationship = z.object({
  relationship: z.enum(['Has Module', 'Has parent', 'Has answer', 'Answer of', 'Maps to value']),
  kind: ItemKind.nullable(),
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  name: z.string().nullable(),
});
export type Relationship = z.infer<typeof Relationship>;

/** How one item stood in each release of its module(s): asked, not asked, or release unknown. */
export const ItemRelease = z.object({
  module: z.string(),
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  status: z.enum(['in', 'out', 'unknown']),
  /** Its wording in that release, where the release's own sources give one. */
  text: Texts,
  sources: z.array(z.string()),
});
export type ItemRelease = z.infer<typeof ItemRelease>;

/** One of several items a key names, with what tells them apart: its question and survey. */
export const ItemCandidate = z.object({
  /** A key that opens this one item (its code, else "row:<n>"). */
  key: z.string(),
  kind: ItemKind,
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  standardConceptId: z.number().nullable(),
  text: Texts,
  question: ItemRef.nullable(),
  survey: SurveyRef.nullable(),
});
export type ItemCandidate = z.infer<typeof ItemCandidate>;

export const ItemDetail = z.object({
  kind: ItemKind,
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  survey: SurveyRef.nullable(),
  text: Texts,
  helpText: Texts,
  fieldType: z.string().nullable(),
  answers: z.array(Answer),
  branching: z.array(Branching),
  leadsTo: z.array(Branching.extend({ childCode: z.string().nullable(), childConceptId: z.number().nullable() })),
  sources: z.array(QuestionSource),
  ancestry: z.array(ItemRef),
  children: z.array(ItemRef),
  usedBy: z.array(ItemRef),
  externalCodes: z.array(z.object({ system: z.string(), code: z.string(), url: z.string().nullable() })),
  provenance: z.array(Provenance),
  relationships: z.array(Relationship),
  /** Topics and questions: the releases that asked it (docs/releases.md). */
  releases: z.array(ItemRelease).optional(),
  /** Answers: the standard (OMOP) value concept IDs it maps to, under any question. */
  standardConceptIds: z.array(z.number()).optional(),
  /** Other codes of the item: a long codebook code tied to the data's short code, with the sheet row that ties them. */
  aliases: z.array(z.object({ code: z.string(), source: z.string(), at: z.string().nullable() })).optional(),
  /** Set when the key was one of those aliases, as the item was reached. */
  reachedByAlias: z.string().optional(),
  /** Set when the key names several items (one ID shared by several answers): every one of them, to choose from. */
  candidates: z.array(ItemCandidate).optional(),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

export const SearchOptions = z.object({
  lang: z.enum(['en', 'es', 'any']).default('any'),
  survey: z.string().optional(),
  kind: ItemKind.optional(),
  instrument: z.string().optional(),
  limit: z.number().int().min(1).max(500).default(50),
  /** Search the words as typed, never a spelling correction of them. */
  literal: z.boolean().optional(),
});
export type SearchOptions = z.input<typeof SearchOptions>;

export const SearchHit = z.object({
  kind: ItemKind,
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  survey: SurveyRef.nullable(),
  text: Texts,
  snippet: z.string(),
  score: z.number(),
  match: z.enum(['concept-id', 'code', 'code-prefix', 'text']),
  /** An answer's question (its own, or the first that lists a shared answer). */
  question: z.object({ code: z.string().nullable(), conceptId: z.number().nullable(), text: Texts }).nullable().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  suggestions: z.array(z.string()),
  /** The query was misspelled and had one clear correction: these are its results, not the typed words'. */
  corrected: z.string().nullable().optional(),
  /** The last word, one letter so far, found nothing as a one-letter word: these are the results of
   *  the words before it ('' when it is the only word: no results). A word is looked for by its
   *  beginning from its second letter. Absent otherwise. */
  resultsFor: z.string().optional(),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** A release of a survey (docs/releases.md), as a reference. */
export const ReleaseRef = z.object({ id: z.string(), label: z.string(), module: z.string() });
export type ReleaseRef = z.infer<typeof ReleaseRef>;

/** One row of a survey's outline, in instrument order; follow-ups sit under the answer that opens them. */
export const OutlineRow = z.object({
  depth: z.number().int().min(0),
  kind: ItemKind,
  conceptId: z.number().nullable(),
  code: z.string().nullable(),
  text: Texts,
  fieldType: z.string().nullable(),
  answerCount: z.number(),
  /** The answer labels in English and Spanish, for the outline's filter. */
  answerText: z.string().optional(),
  sourceCount: z.number(),
  /** For a follow-up: the parent question and the answers that open (or skip) it. */
  condition: z
    .object({
      parentCode: z.string().nullable(),
      parentConceptId: z.number().nullable(),
      answers: z.array(BranchAnswer),
      when: z.enum(['shown', 'hidden']),
      /** The parent's answers that open the follow-up, read as a person would ("if Yes"). */
      opens: z.array(BranchAnswer),
      source: z.string(),
    })
    .nullable(),
});
export type OutlineRow = z.infer<typeof OutlineRow>;

export const Outline = z.object({
  survey: SurveyRef,
  /** The release shown (null: the module has no release, every item is shown). */
  release: ReleaseRef.nullable(),
  rows: z.array(OutlineRow),
});
export type Outline = z.infer<typeof Outline>;

/** A validated instrument questions came from (F7), with how many questions cite it. */
export const Instrument = z.object({
  id: z.number(),
  key: z.string(),
  shortName: z.string().nullable(),
  name: z.string(),
  organization: z.string().nullable(),
  url: z.string().nullable(),
  year: z.string().nullable(),
  description: z.string().nullable(),
  /** Other names the sources give it ("Million Veterans Program"). */
  aliases: z.array(z.string()),
  questionCount: z.number(),
  surveys: z.array(z.string()),
});
export type Instrument = z.infer<typeof Instrument>;

export const InstrumentDetail = Instrument.extend({
  citations: z.array(z.object({ survey: z.string().nullable(), number: z.number().nullable(), citation: z.string().nullable(), source: z.string() })),
  questions: z.array(ItemRef.extend({ survey: SurveyRef.nullable(), originalText: z.string().nullable() })),
});
export type InstrumentDetail = z.infer<typeof InstrumentDetail>;

/** About the data (F13): every source file with its provenance, and the build's figures. */
export const DataSource = z.object({
  id: z.string(),
  repo: z.string(),
  commit: z.string(),
  date: z.string().nullable(),
  path: z.string(),
  license: z.string(),
  format: z.string(),
  provides: z.string(),
  origin: z.string(),
});
export const AboutData = z.object({
  codebookAsOf: z.string().nullable(),
  builtAt: z.string().nullable(),
  sources: z.array(DataSource),
  coverage: z.record(z.string(), z.unknown()).nullable(),
  answerCoverage: z.record(z.string(), z.unknown()).nullable(),
  counts: z.record(z.string(), z.number()).nullable(),
  /** A partial build (asked for with --partial): the source files it was built without. */
  partial: z.object({ missing: z.array(z.object({ id: z.string(), file: z.string(), reason: z.string() })) }).nullable(),
});
export type AboutData = z.infer<typeof AboutData>;

// Instrument PDFs (feature F8): one distinct document (byte-identical files are one), and the
// pages where a question is printed.
export const PdfDocument = z.object({
  id: z.number(),
  survey: z.object({ slug: z.string(), name: z.string().nullable() }).nullable(),
  language: z.enum(['en', 'es']),
  file: z.string(),
  /** Every file name of this document (byte-identical copies). */
  files: z.array(z.string()),
  edition: z.string().nullable(),
  /** The version printed on the first page ("May 31, 2018"), when there is one. */
  version: z.string().nullable(),
  title: z.string().nullable(),
  pages: z.number(),
  /** Path on the app's own origin. */
  url: z.string(),
});
export type PdfDocument = z.infer<typeof PdfDocument>;

export const QuestionPdfPage = z.object({
  document: PdfDocument,
  page: z.number(),
  /** printed | exact | tail | shingles | anchored | parent | printed-id | other-wording: how the build found the page (codebooks/schema.sql). */
  method: z.string(),
  score: z.number(),
  /** The question's wording as printed on that page (what "Show in PDF" highlights), where the build read it. */
  printed: z.string().nullable(),
  /** Where that wording is printed on the page, found by the build: [x, top, width, height] in points from the page's top-left corner. */
  boxes: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])).nullable(),
});
export const QuestionPdfPages = z.object({
  code: z.string().nullable(),
  conceptId: z.number().nullable(),
  text: Texts,
  pages: z.array(QuestionPdfPage),
});
export type QuestionPdfPages = z.infer<typeof QuestionPdfPages>;
