// The order of precedence between sources: the one place that says whose word wins when sources
// disagree. Earlier in a list wins. Within one format, a file at the newest pinned commit wins
// over an older snapshot of the same file. The losing
// values are not dropped: they stay in `provenance`, and real disagreements go to `conflicts`.

/** Default order, used for every field without a list of its own. */
const DEFAULT_ORDER = [
  'db-survey-metadata', // Data Browser: the program's current public metadata
  'db-survey-module',
  'db-pfhh-qa',
  'fhir-questionnaire', // what the participant app was built from (2017-2020)
  'c2f-sheet', // the published PPI codebook (to 2020)
  'c2f-codesystem',
  'db-question-concept',
  'allofus-rda', // AoU codebook joined to Athena (2023)
  'redcap-dictionary', // a sample of the official codebook
  'rdr-observation',
  'curation-smoking-lookup',
  'curation-cope-suppression',
  'omop-concept',
  'db-concept-relationship',
  'db-survey-version',
  'workbench-ppi-criteria',
  'curation-branching',
  'workgroup-xlsx',
  'instrument-pdf',
] as const;

/** Fields whose best source is not the default one. */
const FIELD_ORDER: Record<string, readonly string[]> = {
  // Spanish wording: the participant app's translations first, then the Spanish instrument PDFs.
  'text.es': ['fhir-questionnaire', 'instrument-pdf', 'workgroup-xlsx'],
  // English wording: the Data Browser's PFHH table labels an answer "<question> - <answer>" (its
  // concept's name there); an answer the instruments and codebook also word ("Carpal tunnel
  // syndrome", "Alcohol use disorder") keeps their wording, which its Spanish translates.
  'text.en': [...DEFAULT_ORDER.filter((f) => f !== 'db-pfhh-qa').flatMap((f) => (f === 'allofus-rda' ? [f, 'db-pfhh-qa'] : [f]))],
  'help.es': ['fhir-questionnaire', 'instrument-pdf'],
  // How the question is answered: the questionnaires say it directly.
  fieldType: ['fhir-questionnaire', 'c2f-sheet', 'c2f-codesystem', 'redcap-dictionary', 'allofus-rda'],
  // Codebook hierarchy (topic of a question) only exists in the codebook files.
  parent: ['c2f-sheet', 'c2f-codesystem', 'db-survey-metadata', 'fhir-questionnaire'],
  // A code's spelling: the codebook's own spelling before lower-cased copies.
  code: ['c2f-sheet', 'c2f-codesystem', 'fhir-questionnaire', 'db-survey-metadata', 'db-question-concept'],
  standardConceptId: ['workbench-ppi-criteria', 'curation-smoking-lookup', 'omop-concept', 'allofus-rda'],
  itemId: ['c2f-sheet', 'workgroup-xlsx'],
  // Where a question came from: the published instrument's footnote before the 2016 workgroup sheet.
  source: ['instrument-pdf', 'workgroup-xlsx'],
  // A concept ID printed in the published instrument (the 2017/2018 PDFs print answer IDs) wins.
  conceptId: ['instrument-pdf', ...DEFAULT_ORDER.filter((f) => f !== 'instrument-pdf')],
};

/** Which source orders a module's questions: the instrument as fielded comes first. */
export const ORDER_SOURCES = ['db-survey-metadata', 'fhir-questionnaire', 'c2f-sheet', 'c2f-codesystem', 'allofus-rda', 'redcap-dictionary'];

/** Option lists: the questionnaire's own list (with Spanish labels) first. */
export const OPTION_ORDER = [
  'fhir-questionnaire',
  'c2f-sheet',
  'c2f-codesystem',
  'db-pfhh-qa',
  'allofus-rda',
  'redcap-dictionary',
  'rdr-observation',
  'workbench-ppi-criteria',
];

export interface RankedSource {
  format: string;
  /** Commit date (YYYY-MM-DD) of the file's pinned commit, when known. */
  date: string | null;
}

/** Lower is better: by format for this field, then the newer commit first. */
export function rank(field: string, source: RankedSource): number {
  const list = FIELD_ORDER[field] ?? DEFAULT_ORDER;
  let i = list.indexOf(source.format);
  if (i < 0) i = list.length + Math.max(0, (DEFAULT_ORDER as readonly string[]).indexOf(source.format));
  const days = source.date ? Date.parse(source.date) / 86_400_000 : 0;
  return i * 1e6 - days;
}

/** Structured branching: whose rule decides how an item is nested and walked (the cleaning rules the data were cleaned with first). */
export const BRANCHING_ORDER = [
  'curation-branching',
  'redcap-dictionary',
  'db-survey-metadata',
  'db-question-concept',
  'fhir-questionnaire',
  'allofus-rda',
];
