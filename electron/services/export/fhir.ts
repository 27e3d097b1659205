// FHIR R4 Questionnaire with the Structured Data Capture conventions: PPI codes and OMOP concept
// IDs on items, answer options as codings, branching as enableWhen, help text as a display item
// with itemControl "help", Spanish through the standard translation extension (as the program's
// own questionnaire payloads carry it).
import type { ExportContext } from './context';
import { parentOf, questionKey, type ExportForm, type FormAnswer, type FormQuestion } from './form';

export const PPI_SYSTEM = 'http://terminology.pmi-ops.org/CodeSystem/ppi';
/** OHDSI Standardized Vocabularies, as HL7 Terminology (THO) names them. */
export const OMOP_SYSTEM = 'https://fhir-terminology.ohdsi.org';
/** An answer option's PPI concept ID and standard value concept ID (a valueCoding holds one coding only). */
export const ANSWER_CONCEPT_EXT = 'urn:ppi-explorer:answer-concept-id';
export const ANSWER_STANDARD_EXT = 'urn:ppi-explorer:answer-standard-concept-id';
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const SDC_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire';

type Json = Record<string, unknown>;

const translation = (es: string | null | undefined): Json | undefined =>
  es ? { extension: [{ url: TRANSLATION, extension: [{ url: 'lang', valueCode: 'es' }, { url: 'content', valueString: es }] }] } : undefined;

/** Drops undefined members so the JSON has no empty properties (FHIR forbids them). */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

const TYPES: Record<FormQuestion['fieldType'], string> = {
  single: 'choice',
  multiple: 'choice',
  boolean: 'boolean',
  date: 'date',
  decimal: 'decimal',
  integer: 'integer',
  text: 'string',
  descriptive: 'display',
};

function answerCoding(a: FormAnswer): Json | null {
  if (a.code) return compact({ system: PPI_SYSTEM, code: a.code, display: a.text.en ?? undefined, _display: translation(a.text.es) });
  if (a.conceptId != null) return compact({ system: OMOP_SYSTEM, code: String(a.conceptId), display: a.text.en ?? undefined, _display: translation(a.text.es) });
  return null;
}

function answerOption(a: FormAnswer): Json | null {
  const valueCoding = answerCoding(a);
  if (!valueCoding) return null;
  const ids: [string, number | null][] = [[ANSWER_CONCEPT_EXT, a.code ? a.conceptId : null], [ANSWER_STANDARD_EXT, a.standardConceptId]];
  const extension = ids.filter(([, id]) => id != null).map(([url, id]) => ({ url, valueCoding: { system: OMOP_SYSTEM, code: String(id) } }));
  return compact({ extension, valueCoding });
}

function itemCodes(q: FormQuestion): Json[] {
  const codes: Json[] = [];
  if (q.code) codes.push(compact({ system: PPI_SYSTEM, code: q.code, display: q.text.en ?? undefined }));
  if (q.conceptId != null) codes.push({ system: OMOP_SYSTEM, code: String(q.conceptId) });
  return codes;
}

/** SDC itemControl: how a participant saw the answers (radio buttons, check boxes). */
const itemControl = (code: 'radio-button' | 'check-box' | 'help', display: string) => ({
  url: ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code, display }], text: display },
});

function helpItem(q: FormQuestion, linkId: string): Json | undefined {
  if (!q.help.en && !q.help.es) return undefined;
  return compact({
    linkId: `${linkId}-help`,
    type: 'display',
    text: q.help.en ?? q.help.es ?? undefined,
    _text: q.help.en ? translation(q.help.es) : undefined,
    extension: [itemControl('help', 'Help-Button')],
  });
}

export function formToFhir(form: ExportForm, ctx: ExportContext): string {
  const linkIds = new Map<FormQuestion, string>();
  const used = new Set<string>();
  form.questions.forEach((q, i) => {
    let id = questionKey(q, i);
    for (let n = 2; used.has(id); n++) id = `${questionKey(q, i)}-${n}`;
    used.add(id);
    linkIds.set(q, id);
  });
  const parent = parentOf(form);
  const item = (q: FormQuestion): Json => {
    const linkId = linkIds.get(q)!;
    const options = q.answers.map(answerOption).filter((o): o is Json => o !== null);
    // Labelled answers make a choice item whatever type a source states (a 0-10 scale, a yes/no).
    const type = options.length > 0 ? 'choice' : TYPES[q.fieldType] === 'choice' ? 'string' : TYPES[q.fieldType];
    const p = parent(q);
    const when = p && q.condition ? q.condition.answerCodes : [];
    const hidden = q.condition?.when === 'hidden';
    const multiple = q.fieldType === 'multiple' && type === 'choice';
    return compact({
      extension: type === 'choice' ? [multiple ? itemControl('check-box', 'Check-box') : itemControl('radio-button', 'Radio Button')] : undefined,
      linkId,
      code: itemCodes(q),
      text: q.text.en ?? q.text.es ?? q.code ?? undefined,
      _text: q.text.en ? translation(q.text.es) : undefined,
      type,
      repeats: multiple ? true : undefined,
      enableWhen: when.map((code) => ({ question: linkIds.get(p!)!, operator: hidden ? '!=' : '=', answerCoding: { system: PPI_SYSTEM, code } })),
      enableBehavior: when.length > 1 ? (hidden ? 'all' : 'any') : undefined,
      answerOption: type === 'choice' ? options : undefined,
      item: [helpItem(q, linkId)].filter((x): x is Json => !!x),
    });
  };
  // Questions of one topic are grouped under it, in order; questions outside a topic stand alone.
  const items: Json[] = [];
  let group: { key: FormQuestion['topic']; items: Json[] } | null = null;
  form.questions.forEach((q) => {
    if (q.topic && group?.key === q.topic) return void group.items.push(item(q));
    if (q.topic) {
      group = { key: q.topic, items: [item(q)] };
      items.push(compact({
        linkId: `topic-${q.topic.code ?? items.length + 1}`,
        code: q.topic.code ? [{ system: PPI_SYSTEM, code: q.topic.code }] : undefined,
        text: q.topic.text.en ?? q.topic.code ?? undefined,
        _text: q.topic.text.en ? translation(q.topic.text.es) : undefined,
        type: 'group',
        item: group.items,
      }));
      return;
    }
    group = null;
    items.push(item(q));
  });
  const doc = compact({
    resourceType: 'Questionnaire',
    meta: { profile: [SDC_PROFILE] },
    language: 'en',
    name: computableName(form.name),
    title: form.title.en ?? form.name,
    _title: translation(form.title.es),
    status: form.kind === 'list' ? 'draft' : 'active',
    version: form.release ?? ctx.codebookAsOf ?? undefined,
    date: ctx.exportedAt,
    publisher: `${ctx.appName} ${ctx.appVersion}`,
    description: `${form.kind === 'list' ? 'Variable list' : 'All of Us survey'} "${form.title.en ?? form.name}"${form.release ? `, release ${form.release}` : ''}, from the PPI codebook as of ${ctx.codebookAsOf ?? 'an unknown date'}.`,
    code: form.code ? [compact({ system: PPI_SYSTEM, code: form.code, display: form.title.en ?? undefined })] : undefined,
    item: items,
  });
  return JSON.stringify(doc, fhirString, 2) + '\n';
}

/** FHIR strings allow no whitespace but space, tab, CR and LF (a no-break space becomes a space), and are never empty. */
function fhirString(_key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const s = value.replace(/[^\S \r\n\t]/g, ' ');
  return s.trim() === '' ? undefined : s;
}

/** Questionnaire.name: a computable name (starts with a capital letter, letters, digits, underscores). */
function computableName(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Z]/.test(joined) ? joined : `Q${joined}`;
}
