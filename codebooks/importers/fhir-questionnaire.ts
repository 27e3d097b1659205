// FHIR DSTU2 Questionnaires of the participant app (api-payloads questionnaire_payloads/*.json):
// module, version, questions with English and Spanish text, answer options in order.
import { SourceError } from '../errors';
import { emptyResult, type ConceptRecord, type FieldType, type ImportResult, type Texts } from '../model/records';
import { isObj, kindOf, linkIdLines, optString, readJson } from './fhir/json';
import { walkQuestionnaire, type WalkedGroup, type WalkedQuestion } from './fhir/walk';
import type { Importer, SourceFile } from './types';

const FIELD_TYPES: Record<string, FieldType> = {
  boolean: 'boolean',
  decimal: 'decimal',
  integer: 'integer',
  date: 'date',
  dateTime: 'date', // a date with a time of day: still a date to the participant
  string: 'text',
  text: 'text',
  display: 'descriptive',
};

function fieldType(q: WalkedQuestion): FieldType | null {
  if (q.type === 'choice' || q.type === 'open-choice') return q.repeats ? 'multiple' : 'single';
  return FIELD_TYPES[q.type] ?? 'other';
}

// Some questions carry their own code, a form-builder message, or the app's generic prompt for a
// choice ("Pick your answers from the following choices", shown under a question worded elsewhere:
// DVEHRSharing.json, basics.json, family_history.json, EMSIFeedbackSurvey.json) where the wording should be.
// Also the form builder's "hint text", a bare "Select your answer" (basics.json's work-address
// state), and another item's code (ehr_consent.json: "EHRConsentPII_ConsentPermission").
const GENERIC_PROMPTS = [
  /^QUESTION LABEL WAS NOT DEFINED/i,
  /^Pick your answers from the following choices\.?$/i,
  /^Elija su respuesta de las siguientes opciones\.?$/i,
  /^hint text$/i,
  /^Select your answer\.?$/i,
  /^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/,
];

function isPlaceholder(text: string, code: string): boolean {
  return text.toLowerCase() === code.toLowerCase() || GENERIC_PROMPTS.some((p) => p.test(text.trim()));
}

function texts(en: string | null, es: string | null): Texts | undefined {
  const t: Texts = {};
  if (en) t.en = en;
  if (es) t.es = es;
  return Object.keys(t).length ? t : undefined;
}

export const importFhirQuestionnaire: Importer = (file: SourceFile): ImportResult => {
  const doc = readJson(file.path, file.name);
  if (!isObj(doc.value)) throw new SourceError(file.name, 'line 1', 'resourceType', `expected a Questionnaire object, found ${kindOf(doc.value)}`);
  const top = doc.value;
  if (top.resourceType !== 'Questionnaire') {
    throw new SourceError(file.name, '(top level)', 'resourceType', `is ${JSON.stringify(top.resourceType) ?? 'missing'}; expected "Questionnaire"`);
  }
  if (!isObj(top.group)) throw new SourceError(file.name, '(top level)', 'group', `expected the root group object, found ${kindOf(top.group)}`);
  const items = walkQuestionnaire(file.name, top.group, linkIdLines(doc.text));
  const root = items[0] as WalkedGroup;
  if (!root.code) throw new SourceError(file.name, root.where, 'concept', 'the root group has no concept code naming the module');

  const r = emptyResult();
  const prov = (at: string) => ({ source: file.entry.id, at });
  const module = file.entry.module ?? root.code;
  const version = optString(file.name, '(top level)', top, 'version');

  r.modules.push({
    code: root.code,
    slug: file.entry.module ?? null,
    name: texts(root.title, null),
    description: texts(root.text, null),
    prov: prov('group'),
  });
  r.concepts.push({ code: root.code, kind: 'module', module, text: texts(root.title, null), prov: prov('group') });
  for (const key of ['version', 'date', 'status'] as const) {
    const value = optString(file.name, '(top level)', top, key);
    if (value) r.meta.push({ key: `questionnaire:${root.code}:${key}`, value, prov: prov(key) });
  }
  const ids = Array.isArray(top.identifier) ? top.identifier.filter(isObj) : [];
  for (const id of ids) if (typeof id.value === 'string') r.meta.push({ key: `questionnaire:${root.code}:identifier`, value: id.value, prov: prov('identifier') });

  const questions: WalkedQuestion[] = [];
  const seen = new Map<string, WalkedQuestion>();
  let placeholders = 0;
  let uncoded = 0;
  for (const item of items.slice(1)) {
    if (item.kind === 'group') {
      if (item.code) r.concepts.push({ code: item.code, kind: 'topic', module, text: texts(item.title ?? item.text, null), prov: prov(item.path) });
      continue;
    }
    if (!item.code) {
      uncoded++;
      continue;
    }
    const twin = seen.get(item.code.toLowerCase());
    if (twin) throw new SourceError(file.name, item.where, 'concept', `question ${item.code} is already asked at ${twin.path}`);
    seen.set(item.code.toLowerCase(), item);
    questions.push(item);
    const en = item.text && !isPlaceholder(item.text, item.code) ? item.text : null;
    const es = item.es && !isPlaceholder(item.es, item.code) ? item.es : null;
    if ((item.text && !en) || (item.es && !es)) placeholders++;
    const parent = item.parent?.code ? { code: item.parent.code } : item.topic?.code ? { code: item.topic.code } : null;
    r.concepts.push({
      code: item.code,
      kind: 'question',
      module,
      parent,
      topic: item.topic ? (item.topic.title ?? item.topic.code) : null,
      text: texts(en, es),
      fieldType: fieldType(item),
      order: questions.length,
      prov: prov(item.path),
    });
    if (!FIELD_TYPES[item.type] && item.type !== 'choice' && item.type !== 'open-choice') r.notes.push(`${item.path}: question type "${item.type}" read as 'other'`);
    if (item.shownWhen && item.parent?.code) {
      r.branching.push({
        child: { code: item.code },
        parent: { code: item.parent.code },
        answers: [{ code: item.shownWhen.code }],
        when: 'shown',
        module,
        prov: prov(item.path),
      });
    }
    item.options.forEach((o, i) =>
      r.options.push({ question: { code: item.code! }, answer: { code: o.code }, position: i + 1, label: texts(o.display, o.es), prov: prov(o.path) }),
    );
  }
  r.concepts.push(...answerConcepts(questions, module, prov, r.notes));

  if (version) {
    // Titles are mostly capitalised ("The Basics"); Lifestyle's is "lifestyle": capitalised alike.
    const label = root.title ? root.title.charAt(0).toUpperCase() + root.title.slice(1) : root.title;
    // The questionnaire's own "date" (FHIR: the date it last changed), its day only.
    const date = /^\d{4}-\d{2}-\d{2}/.exec(optString(file.name, '(top level)', top, 'date') ?? '')?.[0] ?? null;
    r.versions.push({ module, version, label, date, questions: questions.map((q, i) => ({ ref: { code: q.code! }, order: i + 1 })), prov: prov('version') });
  } else r.notes.push('the questionnaire states no version: no version record');
  if (uncoded) r.notes.push(`${uncoded} question(s) without a concept code skipped`);
  if (placeholders) r.notes.push(`${placeholders} question text(s) were placeholders (a code, "QUESTION LABEL WAS NOT DEFINED", "hint text" or a generic choice prompt): that text left empty`);
  const qEs = questions.filter((q) => q.es).length;
  const opts = questions.flatMap((q) => q.options);
  r.notes.push(`Spanish text: questions ${qEs}/${questions.length}, options ${opts.filter((o) => o.es).length}/${opts.length}`);
  return r;
};

/**
 * One record per answer code. An answer listed under several questions (PMI_DontKnow...) gets
 * no parent, and no text when its labels differ; the options keep every label.
 */
function answerConcepts(questions: WalkedQuestion[], module: string, prov: (at: string) => { source: string; at: string }, notes: string[]) {
  const byCode = new Map<string, { q: WalkedQuestion; o: WalkedQuestion['options'][number] }[]>();
  for (const q of questions) for (const o of q.options) byCode.set(o.code, [...(byCode.get(o.code) ?? []), { q, o }]);
  const out: ConceptRecord[] = [];
  let differing = 0;
  for (const [code, uses] of byCode) {
    const first = uses[0]!;
    const same = uses.every((u) => u.o.display === first.o.display && u.o.es === first.o.es);
    if (!same) differing++;
    out.push({
      code,
      kind: 'answer',
      module,
      parent: uses.length === 1 ? { code: first.q.code! } : null,
      text: same ? texts(first.o.display, first.o.es) : undefined,
      prov: prov(first.o.path),
    });
  }
  if (differing) notes.push(`${differing} answer code(s) have different labels under different questions: labels kept on the options only`);
  return out;
}
