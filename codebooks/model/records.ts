// What an importer reads out of one source file, before any merging. Every record says which
// file (and row, page or JSON path) it came from, so the merge can keep the provenance of each
// fact and report disagreements between sources.

export type Lang = 'en' | 'es';
export type Texts = Partial<Record<Lang, string>>;

export interface Provenance {
  /** Manifest id of the source file. */
  source: string;
  /** Where in the file: a 1-based data row, a page, a sheet and row, or a JSON path. */
  at?: string;
}

/** A reference to a concept by PPI code and/or concept id, as the source spells them. */
export interface ConceptRef {
  code?: string | null;
  conceptId?: number | null;
  /** The code as the source spelled it, where the merge replaced an alias by its item's code (code-aliases.ts). */
  statedCode?: string;
  /** Set where the stated code is another concept's than the stated ID (retie-by-concept-id.ts). */
  mislabelled?: true;
}

export type ItemKind = 'module' | 'topic' | 'question' | 'answer';

export type FieldType =
  | 'single'
  | 'multiple'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'boolean'
  | 'descriptive'
  | 'other';

/** One source's statement about one concept (a module, topic, question or answer). */
export interface ConceptRecord extends ConceptRef {
  kind: ItemKind | null;
  /** The module as this source names it: a module code, a name, or a concept id in digits. */
  module?: string | null;
  /** Hierarchy parent in the codebook: the topic of a question, the question of an answer. */
  parent?: ConceptRef | null;
  topic?: string | null;
  text?: Texts;
  helpText?: Texts;
  fieldType?: FieldType | null;
  /** Position in the instrument, where the source gives one. */
  order?: number | null;
  /** Standard (OMOP) concept id, e.g. a value_as_concept_id for an answer. */
  standardConceptId?: number | null;
  /** Workgroup item id such as CU1 (2016 workgroup sheets, older codebook). */
  itemId?: string | null;
  /** OMOP concept class / domain / vocabulary where the source gives them. */
  conceptClass?: string | null;
  /** Codes in other terminologies the source maps this concept to (LOINC, SNOMED, ...). */
  externalCodes?: { system: string; code: string; url?: string | null }[];
  /** Answer labels a source lists without answer codes or ids (Data Browser question_string). */
  answerLabels?: string[];
  prov: Provenance;
}

/** An answer option of a question, in the order the source lists it. */
export interface OptionRecord {
  question: ConceptRef;
  answer: ConceptRef;
  position?: number | null;
  label?: Texts;
  /** The label names the answer under this question only (a relative of "who in your family has had …?"), not the answer concept. */
  labelHereOnly?: boolean;
  /** An answer ID the source pairs with the answer but does not state as its ID: the merge ties the option to it only where another source lists that ID as an answer of the question (confirm-answer-ids.ts). */
  answerIdToConfirm?: number;
  /** The source's code is not this answer's at all (a question elsewhere): unconfirmed, the option is left out. */
  dropUnconfirmed?: true;
  standardConceptId?: number | null;
  prov: Provenance;
}

/**
 * A branching rule. `when: 'shown'`: the child is asked only when the parent's answer is one of
 * `answers`. `when: 'hidden'`: the child is not asked when the parent's answer is one of them.
 * `prose` keeps the source's own wording where the rule is only described in words.
 */
export interface BranchRecord {
  child: ConceptRef;
  parent: ConceptRef | null;
  answers: ConceptRef[];
  when: 'shown' | 'hidden';
  prose?: string | null;
  module?: string | null;
  prov: Provenance;
}

/** A module (survey) as one source describes it. */
export interface ModuleRecord extends ConceptRef {
  /** Canonical module slug when the source file is known to belong to one (see modules.ts). */
  slug?: string | null;
  name?: Texts;
  description?: Texts;
  questionCount?: number | null;
  participantCount?: number | null;
  order?: number | null;
  prov: Provenance;
}

/** A version (release or wave) of a module and the questions it contains, in order. */
export interface VersionRecord {
  module: string;
  version: string;
  label?: string | null;
  /** The day the source itself gives this version (a questionnaire's own "date", when it last changed), ISO; never a repository's commit date. */
  date?: string | null;
  /** `at`: the question's own row in the source, where its answer list is (a form's row). */
  questions: { ref: ConceptRef; order: number; at?: string }[];
  prov: Provenance;
}

/** A source instrument as cited by a module's English PDF "Sources" section or a workgroup sheet. */
export interface InstrumentRecord {
  module: string;
  /** Footnote number in that PDF, when it comes from a PDF. */
  number?: number | null;
  /** Part of the PDF with its own footnote numbering (e.g. "Appendix A"); null for the main part. */
  section?: string | null;
  name: string;
  /** Short name such as TUS-CPS, NHIS, PROMIS, when one is given. */
  shortName?: string | null;
  /** The short name is not in the name: the entry's description gives it ("The … (IPAQ) was developed"). */
  shortNameDescribed?: boolean;
  organization?: string | null;
  url?: string | null;
  year?: string | null;
  description?: string | null;
  citation?: string | null;
  prov: Provenance;
}

/** A question as printed in an instrument, with what it says about its source. */
export interface PrintedQuestionRecord {
  module: string;
  language: Lang;
  /** Question wording as printed (footnote numbers removed). */
  text: string;
  /** Footnote numbers after the question, pointing into the Sources section. */
  footnotes: number[];
  /** Part of the PDF whose Sources section the footnotes point into (see InstrumentRecord.section). */
  section?: string | null;
  /** Free-text source names where the source gives names instead of numbers (workgroup sheets). */
  sourceNames?: string[];
  originalText?: string | null;
  branchingProse?: string | null;
  /** "(Help Text: On edge: Feeling tense or uneasy)" printed right under the question, without the wrapper. */
  helpText?: string | null;
  /** Answer labels printed under the question, in order. */
  answers?: string[];
  /** PPI concept ID printed before each answer label (same order as `answers`; null where none is printed). */
  answerIds?: (number | null)[];
  /**
   * The Basics (2018) prints other questions' lists among the answers ("… PPI1586151 Branching Logic
   * if “Asian”, display the following:" ending an answer, its list's "PPI1585609 Asian Indian" …
   * after it): `answers`/`answerIds` are the question's own; this is everything as printed, in order,
   * each list after the answer whose text names its question's ID (printed-answers.ts reads it).
   */
  listed?: { answers: string[]; answerIds: (number | null)[]; answerPages?: number[] };
  /** The page each answer is printed on (same order as `answers`; PDFs only). */
  answerPages?: number[];
  page?: number | null;
  /** Position of the question in the document. */
  sequence: number;
  /** A workgroup Spanish sheet's row: where the English sheet has the row it translates (paired by order). */
  translates?: string | null;
  /** Set when the source itself names the concept (workgroup item id, codebook code). */
  ref?: ConceptRef & { itemId?: string | null };
  prov: Provenance;
}

/** An instrument document (a PDF), which module and language it belongs to, and its edition. */
export interface DocumentRecord {
  module: string;
  language: Lang;
  edition?: string | null;
  title?: string | null;
  pages: number;
  /** Text of each page (index 0 = page 1), lines joined by newlines: the input of the page index. */
  pageTexts?: string[];
  /** Positioned text of each page (index 0 = page 1), for the highlight boxes of "Show in PDF". */
  pageRuns?: PageRun[][];
  prov: Provenance;
}

/**
 * Two codes one source names as one concept: the codebook's 2019 sheets give each long PMI Code
 * the "Short Code" the data files use for it (DiagnosedHealthCondition_MotherSkelMuscCondition).
 */
export interface CodeTieRecord {
  code: string;
  shortCode: string;
  prov: Provenance;
}

/** A run of text on a page: baseline `y` and `x` in points from the top-left corner, as read by pdf.js. */
export interface PageRun {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** A word break follows (the line ends, or a gap before the next run). */
  eol: boolean;
}

/** A fact about a whole source rather than one concept, e.g. the codebook version and its date. */
export interface MetaRecord {
  key: string;
  value: string;
  prov: Provenance;
}

export interface ImportResult {
  modules: ModuleRecord[];
  concepts: ConceptRecord[];
  options: OptionRecord[];
  branching: BranchRecord[];
  versions: VersionRecord[];
  instruments: InstrumentRecord[];
  printed: PrintedQuestionRecord[];
  documents: DocumentRecord[];
  meta: MetaRecord[];
  codeTies: CodeTieRecord[];
  /** Things worth reporting that are not errors (skipped rows and why). */
  notes: string[];
}

export function emptyResult(): ImportResult {
  return {
    modules: [],
    concepts: [],
    options: [],
    branching: [],
    versions: [],
    instruments: [],
    printed: [],
    documents: [],
    meta: [],
    codeTies: [],
    notes: [],
  };
}
