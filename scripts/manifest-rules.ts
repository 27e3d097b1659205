// Which local source files the build reads, with which importer, and what each provides.
// First matching rule wins; files that match no rule (or a `skip` rule) are not in the manifest.
import { basename } from 'node:path';
import type { ManifestEntry } from '../codebooks/sources/manifest';

type Meta = Pick<ManifestEntry, 'module' | 'language' | 'edition'>;

export interface FileRule {
  match: RegExp;
  skip?: boolean;
  format: string;
  provides: string;
  id: (local: string, atCommit: string | null) => string;
  meta?: (local: string) => Meta;
}

function idOf(local: string, at: string | null): string {
  const repo = local.split('/')[0]!.split('__')[1]!;
  return `${repo}${at ? '@' + at : ''}:${basename(local)}`;
}

// Instrument PDFs: file name → module slug and edition. Language is Spanish when the name says so.
const PDF_MODULES: [RegExp, string, string | null][] = [
  [/^1585710\.pdf$/, 'overall-health', null],
  [/^1585855\.pdf$/, 'lifestyle', null],
  [/^1586134\.pdf$/, 'basics', null],
  [/^43528698\.pdf$/, 'fhh', null],
  [/^43528895\.pdf$/, 'hcau', null],
  [/^43529712\.pdf$/, 'pmh', null],
  [/^Behavioral_Health/, 'bhp', null],
  [/^COPE_survey_(May|June|July|Nov|Dec)_2020/, 'cope', null],
  [/^COPE_survey_Feb_2021/, 'cope', null],
  [/^COPE_survey_(Summer|Fall|Winter)_2021/, 'cope-vaccine', null],
  [/^COPE_survey_New[ _]Year_2022/, 'cope-vaccine', null],
  [/^Emotional_Health/, 'ehhwb', null],
  [/^Family_(Health_)?History/, 'fhh', null],
  [/^Health_Care_Access_Utilization/, 'hcau', null],
  [/^Lifestyle/, 'lifestyle', null],
  [/^Overall_Health/, 'overall-health', null],
  [/^Personal_Medical_History/, 'pmh', null],
  [/^(Personal_and_Family_Health_History|Survey_PaFHH)/, 'pfhh', null],
  [/^(SDOH Survey|Social_Factors_of_Health)/, 'sdoh', null],
  [/^The_Basics/, 'basics', null],
];

function pdfMeta(local: string): Meta {
  const name = basename(local);
  const hit = PDF_MODULES.find(([re]) => re.test(name));
  if (!hit) throw new Error(`no module known for PDF ${name}`);
  const wave = /^COPE_survey_(.+?)_(English|Spanish)\.pdf$/.exec(name)?.[1]?.replace(/_/g, ' ') ?? hit[2];
  return { module: hit[1], language: /Spanish|_spn_/.test(name) ? 'es' : 'en', edition: wave ?? null };
}

const SURVEY_SHEETS = /sheets\/(TheBasics|Lifestyle|OverallHealth|HealthcareAccess|FamilyHistory|PersonalMedicalHistory|COPE|SNAP_[A-Z0-9_]+|JULY_SNAP\d_\d+)\.csv$/;
const SURVEY_PAYLOADS =
  /questionnaire_payloads\/(basics|lifestyle|overall_health|HealthcareAccess|family_history|personalmedicalhistory|COPE|Snap\w+|\w*snap_\w+|Dancing\d|flu\w*|nutrition\d|sleep\d)\.json$/;

export const FILE_RULES: FileRule[] = [
  { match: /_derived_csv\//, skip: true, format: '', provides: '', id: idOf },
  {
    match: /generate-cdr\/csv\/(survey_metadata|bhp_survey_metadata|ehwb_survey_metadata)\.csv$/,
    format: 'db-survey-metadata',
    provides: 'questions and topics with concept ids, codes, order, help text, answer labels, branching paths and prose',
    id: idOf,
  },
  {
    match: /csv\/survey_module\.csv$/,
    format: 'db-survey-module',
    provides: 'modules: concept id, name, description, question and participant counts, order',
    id: idOf,
  },
  {
    match: /pfhh_qa_metadata\.csv$/,
    format: 'db-pfhh-qa',
    provides: 'Personal and Family Health History answers with their concept ids',
    id: idOf,
  },
  { match: /survey_version_metadata\.csv$/, format: 'db-survey-version', provides: 'question order per COPE version', id: idOf },
  {
    match: /question_concept\.csv$/,
    format: 'db-question-concept',
    provides: 'older question list with concept ids and codes, including Family and Personal Medical History',
    id: idOf,
  },
  { match: /survey_concept_relationship\.csv$/, format: 'db-concept-relationship', provides: 'question to module links', id: idOf },
  {
    match: /public-ui\/src\/assets\/surveys\/.*\.pdf$/,
    format: 'instrument-pdf',
    provides: 'official instrument: question wording, source footnotes, original source wording, branching prose, sources',
    id: (local) => `pdf:${basename(local)}`,
    meta: pdfMeta,
  },
  {
    match: /codebook-to-fhir\/sheets\/version\.csv$/,
    format: 'c2f-version',
    provides: 'codebook version and its date',
    id: idOf,
  },
  {
    match: SURVEY_SHEETS,
    format: 'c2f-sheet',
    provides: 'codebook sheet: module, topics, questions, answers, codes, parent codes, answer types (older publish: workgroup item ids)',
    id: idOf,
  },
  {
    match: /CodeSystem\/ppi\.json$/,
    format: 'c2f-codesystem',
    provides: 'PPI code system: module > topic > question > answer hierarchy',
    id: idOf,
  },
  {
    match: SURVEY_PAYLOADS,
    format: 'fhir-questionnaire',
    provides: 'FHIR questionnaire: English and Spanish question and answer text, answer order',
    id: idOf,
  },
  {
    match: /workgroup_files\/.*\.xlsx$/,
    format: 'workgroup-xlsx',
    provides: '2016 workgroup sheet: original source of each question, reference wording, Spanish sheet',
    id: (local) => `workgroup:${basename(local)}`,
  },
  {
    match: /ppi_branching\/\w+\.csv$/,
    format: 'curation-branching',
    provides: 'structured branching rules (child asked only when / not when parent has an answer)',
    id: idOf,
  },
  {
    match: /test_data\/rdr\/observation\.csv$/,
    format: 'rdr-observation',
    provides: 'question and answer codes with their concept ids (synthetic observations)',
    id: idOf,
  },
  { match: /smoking_lookup\.csv$/, format: 'curation-smoking-lookup', provides: 'smoking question and answer concept ids', id: idOf },
  { match: /aou_vocab\/CONCEPT\.csv$/, format: 'omop-concept', provides: 'AoU_General generalized answer concepts', id: idOf },
  { match: /cope_suppression\/\w+\.csv$/, format: 'curation-cope-suppression', provides: 'COPE concept id and code pairs', id: idOf },
  {
    match: /allofus\/data\/\w+\.rda$/,
    format: 'allofus-rda',
    provides: 'allofus codebook tables: concept ids, field types, REDCap choices, health history grid',
    id: idOf,
  },
  {
    match: /ppi_criteria\.csv$/,
    format: 'workbench-ppi-criteria',
    provides: 'standard value concept ids of answers (The Basics, Lifestyle, Overall Health)',
    id: idOf,
  },
  { match: /ddharmon-ui\/.*\/aou\.csv$/, format: 'redcap-dictionary', provides: 'sample of the official codebook in REDCap format, with branching logic', id: idOf },
];
