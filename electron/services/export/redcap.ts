// REDCap data dictionary CSV: REDCap's 18 standard columns, one row per question, choices as
// "code, label | ...", branching in REDCap's syntax. REDCap's rules: variable and form names lower
// case (a-z, 0-9, _), starting with a letter, at most 100 characters, unique; choice codes letters,
// digits and underscores. Where a PPI code breaks them, "Field Annotation" keeps it as spelled.
import { writeAnnotation } from '../../../codebooks/importers/redcap-annotation';
import { parentOf, questionKey, type ExportForm, type FormQuestion } from './form';

export const REDCAP_COLUMNS = [
  'Variable / Field Name',
  'Form Name',
  'Section Header',
  'Field Type',
  'Field Label',
  'Choices, Calculations, OR Slider Labels',
  'Field Note',
  'Text Validation Type OR Show Slider Number',
  'Text Validation Min',
  'Text Validation Max',
  'Identifier?',
  'Branching Logic (Show field only if...)',
  'Required Field?',
  'Custom Alignment',
  'Question Number (surveys only)',
  'Matrix Group Name',
  'Matrix Ranking?',
  'Field Annotation',
] as const;

export const REDCAP_NAME_MAX = 100;

/** A REDCap variable or form name: lower case, a-z 0-9 _, starting with a letter, at most 100 characters. */
export function redcapName(raw: string): string {
  let s = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (!/^[a-z]/.test(s)) s = `v_${s}`;
  return s.slice(0, REDCAP_NAME_MAX).replace(/_$/, '');
}

/** Makes names unique (REDCap compares them as written; lower case already). */
function uniquer(max: number, lower: boolean) {
  const used = new Set<string>();
  return (name: string) => {
    let out = name;
    for (let n = 2; used.has(lower ? out.toLowerCase() : out); n++) out = `${name.slice(0, max - String(n).length - 1)}_${n}`;
    used.add(lower ? out.toLowerCase() : out);
    return out;
  };
}

const choiceCode = (raw: string) => raw.replace(/[^A-Za-z0-9_]+/g, '_') || '_';

const FIELD: Record<FormQuestion['fieldType'], [string, string]> = {
  single: ['radio', ''],
  multiple: ['checkbox', ''],
  boolean: ['yesno', ''],
  date: ['text', 'date_ymd'],
  decimal: ['text', 'number'],
  integer: ['text', 'integer'],
  text: ['text', ''],
  descriptive: ['descriptive', ''],
};

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formToRedcap(form: ExportForm): string {
  const formName = redcapName(form.name);
  const varName = uniquer(REDCAP_NAME_MAX, true);
  const names = new Map<FormQuestion, string>();
  const choices = new Map<FormQuestion, Map<string, string>>(); // answer key → REDCap choice code
  form.questions.forEach((q, i) => {
    names.set(q, varName(redcapName(questionKey(q, i))));
    const unique = uniquer(100, true);
    choices.set(q, new Map(q.answers.map((a, j) => [a.code ?? String(a.conceptId ?? j + 1), unique(choiceCode(a.code ?? String(a.conceptId ?? j + 1)))])));
  });
  const parent = parentOf(form);
  const rows: string[][] = [];
  let section: FormQuestion['topic'] = null;
  for (const q of form.questions) {
    const codes = choices.get(q)!;
    // Labelled answers make a choice field whatever type a source states (a 0-10 scale, a yes/no).
    const hasChoices = q.answers.length > 0;
    const [type, validation] = hasChoices ? FIELD[q.fieldType === 'multiple' ? 'multiple' : 'single'] : q.fieldType === 'single' || q.fieldType === 'multiple' ? FIELD.text : FIELD[q.fieldType];
    const choiceText = hasChoices
      ? q.answers.map((a, j) => `${codes.get(a.code ?? String(a.conceptId ?? j + 1))}, ${(a.text.en ?? a.text.es ?? a.code ?? '').replace(/\s*\|\s*/g, ' / ')}`).join(' | ')
      : '';
    const header = q.topic && q.topic !== section ? (q.topic.text.en ?? q.topic.code ?? '') : '';
    section = q.topic;
    const answers = new Map(q.answers.map((a, j) => [codes.get(a.code ?? String(a.conceptId ?? j + 1))!, { code: a.code, conceptId: a.conceptId, standardConceptId: a.standardConceptId }]));
    const extra = [
      ...q.sources.map((s) => `Source: ${[s.instrument && s.instrument !== s.name ? `${s.instrument} (${s.name})` : s.name, s.organization, s.year].filter(Boolean).join(', ')}`),
      ...q.prose.map((p) => `Branching (in words): ${p.replace(/\s+/g, ' ')}`),
    ];
    rows.push([
      names.get(q)!,
      formName,
      header,
      type,
      q.text.en ?? q.text.es ?? q.code ?? '',
      choiceText,
      (q.help.en ?? q.help.es ?? '').replace(/\s+/g, ' ').trim(),
      validation,
      '',
      '',
      '',
      branchingLogic(q, parent(q), names, choices),
      '',
      '',
      '',
      '',
      '',
      writeAnnotation({ code: q.code, conceptId: q.conceptId, topic: q.topic?.code ?? null, answers }, extra),
    ]);
  }
  return [REDCAP_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function branchingLogic(q: FormQuestion, p: FormQuestion | null, names: Map<FormQuestion, string>, choices: Map<FormQuestion, Map<string, string>>): string {
  if (!p || !q.condition) return '';
  const codes = choices.get(p)!;
  // An answer the parent does not list (a rule may name PMI_Skip) is still written, as a REDCap code.
  const wanted = q.condition.answerCodes.map((c) => codes.get(c) ?? choiceCode(c));
  if (wanted.length === 0) return '';
  const name = names.get(p)!;
  const hidden = q.condition.when === 'hidden';
  const term = p.fieldType === 'multiple' ? (c: string) => `[${name}(${c})] = '${hidden ? 0 : 1}'` : (c: string) => `[${name}] ${hidden ? '<>' : '='} '${c}'`;
  return wanted.map(term).join(hidden ? ' and ' : ' or ');
}
