// The field's interchange formats (F18): FHIR R4 Questionnaire, REDCap data dictionary,
// DDI-Codebook 2.5 and an ATLAS concept set, for a survey (or one release of it) or a variable list.
import type { VariableList } from '../lists/schema';
import type { Codebook } from '../store';
import { formToAtlas } from './atlas';
import type { ExportContext } from './context';
import { formToDdi } from './ddi';
import { formToFhir } from './fhir';
import type { ExportForm } from './form';
import { listForm } from './form-list';
import { surveyForm } from './form-survey';
import { formToRedcap } from './redcap';

export const INTERCHANGE_FORMATS = ['fhir', 'redcap', 'ddi', 'atlas'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export const INTERCHANGE_KINDS: Record<InterchangeFormat, { suffix: string; mime: string }> = {
  fhir: { suffix: '-questionnaire.fhir.json', mime: 'application/fhir+json' },
  redcap: { suffix: '-redcap-dictionary.csv', mime: 'text/csv' },
  ddi: { suffix: '-ddi-codebook.xml', mime: 'application/xml' },
  atlas: { suffix: '-atlas-concept-set.json', mime: 'application/json' },
};

export const isInterchangeFormat = (f: string): f is InterchangeFormat => (INTERCHANGE_FORMATS as readonly string[]).includes(f);

export function formText(form: ExportForm, format: InterchangeFormat, ctx: ExportContext): string {
  switch (format) {
    case 'fhir':
      return formToFhir(form, ctx);
    case 'redcap':
      return formToRedcap(form);
    case 'ddi':
      return formToDdi(form, ctx);
    case 'atlas':
      return formToAtlas(form);
  }
}

function fileBase(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
}

function file(form: ExportForm, format: InterchangeFormat, ctx: ExportContext) {
  const { suffix, mime } = INTERCHANGE_KINDS[format];
  const release = form.release ? `-${fileBase(form.release)}` : '';
  return { filename: `${fileBase(form.name)}${release}${suffix}`, mime, encoding: 'utf8' as const, content: formText(form, format, ctx) };
}

/** A survey, or one release of it (`release`: a version the codebook lists for the module). */
export function exportSurvey(db: Codebook, survey: string, format: InterchangeFormat, ctx: ExportContext, o: { release?: string | null } = {}) {
  return file(surveyForm(db, survey, o), format, ctx);
}

/** A variable list; `db` (optional) adds field types, help text and branching the snapshot lacks. */
export function exportListInterchange(db: Codebook | null, list: VariableList, format: InterchangeFormat, ctx: ExportContext) {
  return file(listForm(db, list), format, ctx);
}
