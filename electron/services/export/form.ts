// The one shape the interchange formats (FHIR, REDCap, DDI, ATLAS) are written from: a survey
// (or one release of it) or a variable list, as questions in order with their answers, help text,
// branching and source instruments. Built by form-survey.ts and form-list.ts.
import type { Texts } from '../../contract/models';

export interface FormAnswer {
  code: string | null;
  conceptId: number | null;
  standardConceptId: number | null;
  text: Texts;
}

/** A structured rule: shown (or hidden) when the parent question has one of these answers. */
export interface FormCondition {
  parentCode: string | null;
  parentConceptId: number | null;
  answerCodes: string[];
  when: 'shown' | 'hidden';
}

export interface FormSource {
  /** Short name (NHIS, BRFSS, ...) or null for an unnamed "original source". */
  instrument: string | null;
  name: string;
  organization: string | null;
  year: string | null;
  url: string | null;
  originalText: string | null;
}

export type FormFieldType = 'single' | 'multiple' | 'boolean' | 'date' | 'decimal' | 'integer' | 'text' | 'descriptive';

export interface FormQuestion {
  code: string | null;
  conceptId: number | null;
  /** The topic (section) the question sits in, if any. */
  topic: { code: string | null; text: Texts } | null;
  text: Texts;
  help: Texts;
  fieldType: FormFieldType;
  answers: FormAnswer[];
  condition: FormCondition | null;
  /** Branching known only in words (PDF prose, rules naming no answer). */
  prose: string[];
  sources: FormSource[];
  /** A list's chosen answers when not all of them (ATLAS selects by these); null: every answer. */
  chosen: FormAnswer[] | null;
}

export interface ExportForm {
  kind: 'survey' | 'list';
  /** Survey slug or list name: the file name and the identifier inside the formats. */
  name: string;
  title: Texts;
  code: string | null;
  conceptId: number | null;
  /** The release exported, or null for the survey as the codebook has it now. */
  release: string | null;
  questions: FormQuestion[];
}

const KNOWN: ReadonlySet<string> = new Set(['single', 'multiple', 'boolean', 'date', 'decimal', 'integer', 'text', 'descriptive']);

/** The codebook's field type, or (where no source states one) choice with answers, else text. */
export function formFieldType(stated: string | null, answerCount: number): FormFieldType {
  if (stated && KNOWN.has(stated)) return stated as FormFieldType;
  return answerCount > 0 ? 'single' : 'text';
}

/** A stable identifier for a question inside one export: its code, else its concept ID. */
export const questionKey = (q: Pick<FormQuestion, 'code' | 'conceptId'>, index: number): string =>
  q.code ?? (q.conceptId != null ? String(q.conceptId) : `item-${index + 1}`);

/** The question each rule's parent names, if it is in this form (a rule to a question left out is dropped). */
export function parentOf(form: ExportForm): (q: FormQuestion) => FormQuestion | null {
  const byCode = new Map<string, FormQuestion>();
  const byId = new Map<number, FormQuestion>();
  for (const q of form.questions) {
    if (q.code) byCode.set(q.code.toLowerCase(), q);
    if (q.conceptId != null) byId.set(q.conceptId, q);
  }
  return (q) => {
    const c = q.condition;
    if (!c || c.answerCodes.length === 0) return null;
    const p = (c.parentCode ? byCode.get(c.parentCode.toLowerCase()) : undefined) ?? (c.parentConceptId != null ? byId.get(c.parentConceptId) : undefined);
    return p && p !== q ? p : null;
  };
}
