import { moduleSlugFor } from '../../model/modules';
import type { ImportResult, VersionRecord } from '../../model/records';
import type { DataFrame } from '../../read/rda';
import type { SourceFile } from '../types';
import { parseChoices } from './choices';
import { fieldTypeOf, kindOf, moduleOfForm, optionalText, requireColumns, requiredText, rowAt } from './common';

const COLUMNS = ['concept_code', 'concept_id', 'concept_class_id', 'field_type', 'field_label', 'choices', 'standard_concept', 'form_name'];

/** aou_codebook: one row per question (codebook joined to Athena), answers in REDCap choices. */
export function importCodebook(df: DataFrame, file: SourceFile, out: ImportResult): void {
  requireColumns(df, file.name, COLUMNS);
  const source = file.entry.id;
  const orderInForm = new Map<string, number>();
  const versions = new Map<string, VersionRecord>();
  const links = new Map<string, string>();
  const unknownTypes = new Set<string>();
  let noForm = 0;
  for (let i = 0; i < df.nrow; i++) {
    const at = rowAt(i);
    const where = `${df.name} ${at}`;
    const code = requiredText(df, file.name, 'concept_code', i, 'is missing, so the row names no question');
    const conceptId = df.int('concept_id', i);
    const conceptClass = optionalText(df, 'concept_class_id', i);
    const rawType = optionalText(df, 'field_type', i);
    let fieldType = fieldTypeOf(rawType);
    if (fieldType === undefined) {
      unknownTypes.add(rawType!);
      fieldType = 'other';
    }
    const form = optionalText(df, 'form_name', i);
    const { module, version } = moduleOfForm(form);
    if (!form) noForm++;
    const order = form ? (orderInForm.get(form) ?? 0) + 1 : null;
    if (form) orderInForm.set(form, order!);
    const label = optionalText(df, 'field_label', i);
    out.concepts.push({
      code,
      conceptId,
      kind: kindOf(conceptClass),
      module,
      ...(label ? { text: { en: label } } : {}),
      fieldType,
      order,
      // standard_concept "S": the concept is its own standard concept in the OMOP vocabulary.
      standardConceptId: optionalText(df, 'standard_concept', i) === 'S' ? conceptId : null,
      conceptClass,
      prov: { source, at },
    });
    if (version && module) {
      const key = `${module}|${version}`;
      const v = versions.get(key) ?? { module, version, label: form, questions: [], prov: { source, at } };
      v.questions.push({ ref: { code, conceptId }, order: v.questions.length + 1, at });
      versions.set(key, v);
    }
    const link = df.columns.includes('link') ? optionalText(df, 'link', i) : null;
    if (form && link && !links.has(form)) links.set(form, link);
    const choices = optionalText(df, 'choices', i);
    if (!choices) continue;
    if (rawType === 'slider') {
      // Slider "choices" are the labels of the scale's ends, not answer options.
      out.notes.push(`${df.name} ${at} (${code}): slider labels "${choices}" are not answer options`);
      continue;
    }
    parseChoices(choices, file.name, where).forEach((c, k) => {
      const question = { code, conceptId };
      out.concepts.push({ code: c.code, kind: 'answer', module, parent: question, text: { en: c.label }, prov: { source, at: `${at} choices` } });
      out.options.push({ question, answer: { code: c.code }, position: k + 1, label: { en: c.label }, prov: { source, at: `${at} choices` } });
    });
  }
  out.versions.push(...versions.values());
  for (const [form, url] of links) out.meta.push({ key: `instrument-url:${form}`, value: url, prov: { source } });
  const unknown = [...orderInForm.keys()].filter((f) => !moduleSlugFor(moduleOfForm(f).module!));
  if (unknown.length) out.notes.push(`${df.name}: form names no module alias matches: ${unknown.join(', ')}`);
  if (noForm) out.notes.push(`${df.name}: ${noForm} rows have no form_name, so no module`);
  if (unknownTypes.size) out.notes.push(`${df.name}: unknown field types ${[...unknownTypes].join(', ')} read as "other"`);
}
