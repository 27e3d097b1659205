import { SourceError } from '../../errors';
import type { ConceptRef, ImportResult } from '../../model/records';
import type { DataFrame } from '../../read/rda';
import type { SourceFile } from '../types';
import { optionalText, requireColumns, requiredText, rowAt } from './common';

const COLUMNS = ['question', 'category', 'concept_code', 'concept_id_specific', 'concept_id_overall', 'concept_id_question', 'form_name'];
const FOLLOW_UPS = ['rx_meds', 'on_txt', 'age_diagnosis'] as const;

/**
 * aou_health_history: the condition × relative grid of the family/personal history surveys. Each
 * row is an answer concept (relative + condition) of a question concept, with the condition's
 * follow-up questions (medication, treatment, age at diagnosis) for "self".
 */
export function importHealthHistory(df: DataFrame, file: SourceFile, out: ImportResult): void {
  requireColumns(df, file.name, COLUMNS);
  const source = file.entry.id;
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  const questionTexts = new Map<number, { texts: Set<string>; category: string | null; module: string | null; at: string }>();
  const optionCount = new Map<number, number>();
  const categories = new Map<string, number>();
  let selfRows = 0;
  const byRelative = relativeQuestions(df);
  for (let i = 0; i < df.nrow; i++) {
    const at = rowAt(i);
    const code = requiredText(df, file.name, 'concept_code', i);
    const questionId = df.int('concept_id_question', i);
    if (questionId === null) {
      throw new SourceError(file.name, `${df.name} ${at}`, 'concept_id_question', `answer ${code} names no question`);
    }
    // For "self" the package gives a `_yes` code worded as the question's own code (often exactly
    // it) with an answer ID of another code: not attached to that code. Under a relative question
    // that ID is Self's answer, under a category question ("… hormone/endocrine conditions") the
    // condition's answer, where another source lists it there (merge/confirm-answer-ids.ts). The
    // `_yes` code is a question elsewhere, so it is never an answer of a category question.
    const self = df.columns.includes('relative') && optionalText(df, 'relative', i) === 'self';
    if (self) selfRows++;
    const answerId = self ? null : df.int('concept_id_specific', i);
    const selfOfRelatives = self && byRelative.has(questionId);
    const toConfirm = self ? df.int('concept_id_specific', i) : null;
    const module = optionalText(df, 'form_name', i);
    const category = optionalText(df, 'category', i);
    const text = optionalText(df, 'question', i);
    const q = questionTexts.get(questionId) ?? { texts: new Set<string>(), category, module, at };
    if (text) q.texts.add(text);
    q.module ??= module;
    questionTexts.set(questionId, q);
    const question: ConceptRef = { conceptId: questionId };
    if (!self && once(`a|${code}|${questionId}|${module}`)) {
      out.concepts.push({ code, conceptId: answerId, kind: 'answer', module, parent: question, prov: { source, at } });
    }
    if (once(`o|${code}|${questionId}`)) {
      const position = (optionCount.get(questionId) ?? 0) + 1;
      optionCount.set(questionId, position);
      // A question whose answers are relatives ("who in your family has had …?") names each answer by its relative.
      const relative = byRelative.has(questionId) ? optionalText(df, 'relative', i) : null;
      const confirm = toConfirm !== null ? { answerIdToConfirm: toConfirm, ...(selfOfRelatives ? {} : { dropUnconfirmed: true as const }) } : {};
      out.options.push({ question, answer: { code, conceptId: answerId }, position, ...(relative ? { label: { en: relative }, labelHereOnly: true } : {}), ...confirm, prov: { source, at } });
    }
    const overall = df.int('concept_id_overall', i);
    if (category && overall !== null && !categories.has(category)) categories.set(category, overall);
    for (const f of FOLLOW_UPS) {
      const fCode = df.columns.includes(`concept_code_${f}`) ? optionalText(df, `concept_code_${f}`, i) : null;
      const fId = df.columns.includes(`concept_id_${f}`) ? df.int(`concept_id_${f}`, i) : null;
      if ((fCode || fId !== null) && once(`f|${fCode}|${fId}|${module}`)) {
        out.concepts.push({ code: fCode, conceptId: fId, kind: 'question', module, topic: category, prov: { source, at } });
      }
    }
  }
  for (const [conceptId, q] of questionTexts) {
    // The package words one question per condition; where one concept carries several
    // conditions' wordings (a legacy category question), none of them is its text.
    const text = q.texts.size === 1 ? [...q.texts][0]! : null;
    out.concepts.push({ conceptId, kind: 'question', module: q.module, topic: q.category, ...(text ? { text: { en: text } } : {}), prov: { source, at: q.at } });
  }
  if (selfRows) out.notes.push(`${df.name}: ${selfRows} "self" rows pair a code with another code's answer ID; those IDs are not attached to the code`);
  const shared = [...questionTexts.values()].filter((q) => q.texts.size > 1).length;
  if (shared) out.notes.push(`${df.name}: ${shared} question concepts carry several conditions' wordings; their text is left out`);
  for (const [category, id] of categories) out.meta.push({ key: `health-history-category:${category}`, value: String(id), prov: { source } });
}

/**
 * Question concepts whose rows are one condition's relatives ("Including yourself, who in your family
 * has had coronary artery/coronary heart disease?": self, mother, …), not one relative's conditions
 * (the older survey's "son" question, whose answers are conditions): their answers are the relatives.
 */
function relativeQuestions(df: DataFrame): Set<number> {
  if (!df.columns.includes('relative') || !df.columns.includes('condition')) return new Set();
  const seen = new Map<number, { relatives: Set<string>; conditions: Set<string> }>();
  for (let i = 0; i < df.nrow; i++) {
    const q = df.int('concept_id_question', i);
    if (q === null) continue;
    const s = seen.get(q) ?? { relatives: new Set<string>(), conditions: new Set<string>() };
    s.relatives.add(optionalText(df, 'relative', i) ?? '');
    s.conditions.add(optionalText(df, 'condition', i) ?? '');
    seen.set(q, s);
  }
  return new Set([...seen].filter(([, s]) => s.relatives.size > 1 && s.conditions.size === 1).map(([q]) => q));
}
