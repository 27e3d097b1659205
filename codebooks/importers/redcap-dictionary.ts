// REDCap data dictionaries: the sample of the AoU codebook in the build sources, and users' own
// exports. Header names are matched loosely (standard export, API names, this sample's names).
// Fields become questions, "code, label | ..." choices become answers and options, and
// branching logic becomes a rule (structured where simple, always with the raw text as prose).
import { SourceError } from '../errors';
import { emptyResult, type ConceptRef, type FieldType, type ImportResult } from '../model/records';
import { moduleSlugFor } from '../model/modules';
import { csvRowAt, optionalInt, readCsv, text, type CsvRow, type CsvTable } from '../read/csv';
import { readAnnotation, type Annotation } from './redcap-annotation';
import { parseBranching } from './redcap-branching';
import type { Importer, SourceFile } from './types';

// First name of each list is the standard REDCap export name, used in error messages.
const COLUMNS = {
  field: ['Variable / Field Name', 'field_name', 'Item Concept'],
  form: ['Form Name', 'form_name'],
  type: ['Field Type', 'field_type'],
  label: ['Field Label', 'field_label'],
  choices: ['Choices, Calculations, OR Slider Labels', 'select_choices_or_calculations', 'Choices'],
  validation: ['Text Validation Type OR Show Slider Number', 'text_validation_type_or_show_slider_number', 'validation'],
  branching: ['Branching Logic (Show field only if...)', 'branching_logic', 'Branching Logic'],
  survey: ['Survey'],
  conceptId: ['Concept ID', 'concept_id'],
  note: ['Field Note', 'field_note'],
  section: ['Section Header', 'section_header'],
  annotation: ['Field Annotation', 'field_annotation'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['field', 'form', 'type', 'label'];
const CHOICE_TYPES = new Set(['radio', 'dropdown', 'checkbox']);

export interface RedcapOptions {
  /** Give each field its position in the file as `order` (not for a shuffled sample). */
  keepOrder: boolean;
}

function resolveColumns(table: CsvTable): Partial<Record<Column, string>> {
  const byLower = new Map(table.header.map((h) => [h.toLowerCase(), h]));
  const found: Partial<Record<Column, string>> = {};
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const hit = names.map((n) => byLower.get(n.toLowerCase())).find((h) => h !== undefined);
    if (hit) found[col] = hit;
    else if (REQUIRED.includes(col)) {
      throw new SourceError(table.file, 1, names[0]!, `the header lacks this column or one of ${names.slice(1).join(', ')} (found: ${table.header.join(', ')})`);
    }
  }
  return found;
}

export function readRedcapDictionary(file: SourceFile, options: RedcapOptions): ImportResult {
  const table = readCsv(file.path, file.name, { required: [] });
  const cols = resolveColumns(table);
  const get = (row: CsvRow, col: Column) => (cols[col] ? text(row, cols[col]) : '');
  const result = emptyResult();
  const source = file.entry.id;
  const rowOfField = new Map<string, string>();
  const answersSeen = new Set<string>();
  let position = 0;
  // A field written by this app's export names its PPI code and IDs in the annotation (redcap-annotation.ts).
  const fields = new Map<string, { ref: ConceptRef; choices: Map<string, ConceptRef> }>();
  let topic = null as ConceptRef | null;
  for (const row of table.rows) {
    const at = { source, at: csvRowAt(row) };
    const field = get(row, 'field');
    if (!field) throw new SourceError(file.name, csvRowAt(row), cols.field!, 'is empty');
    const dup = rowOfField.get(field.toLowerCase());
    if (dup !== undefined) throw new SourceError(file.name, csvRowAt(row), cols.field!, `${field} is already on ${dup}`);
    rowOfField.set(field.toLowerCase(), csvRowAt(row));
    const type = get(row, 'type').toLowerCase();
    if (!type) throw new SourceError(file.name, csvRowAt(row), cols.type!, 'is empty');
    const module = moduleOf(get(row, 'survey'), get(row, 'form'));
    const label = cleanLabel(get(row, 'label'));
    const note = get(row, 'annotation');
    const ann: Annotation | null = note.includes('PPI ') ? readAnnotation(note) : null;
    const annotated = !!ann && (ann.code !== null || ann.conceptId !== null);
    const conceptId = annotated ? ann!.conceptId : cols.conceptId ? optionalInt(table, row, cols.conceptId) : null;
    const ref: ConceptRef = annotated ? { code: ann!.code, conceptId: ann!.conceptId } : { code: field };
    const section = get(row, 'section');
    if (ann?.topic) {
      if (section || topic?.code !== ann.topic) result.concepts.push({ code: ann.topic, kind: 'topic', module, ...(section ? { text: { en: section } } : {}), prov: at });
      topic = { code: ann.topic };
    } else topic = null;
    const help = get(row, 'note');
    const fieldType = fieldTypeOf(type, get(row, 'validation'));
    if (fieldType === 'other' && !KNOWN_OTHER.has(type)) result.notes.push(`${file.name}: ${csvRowAt(row)}: field type "${type}" is not a REDCap type`);
    position++;
    result.concepts.push({
      code: ref.code ?? null,
      ...(conceptId !== null ? { conceptId } : {}),
      kind: type === 'descriptive' ? null : 'question',
      module,
      ...(topic ? { parent: topic } : {}),
      ...(label ? { text: { en: label } } : {}),
      ...(help ? { helpText: { en: help } } : {}),
      fieldType,
      ...(options.keepOrder ? { order: position } : {}),
      prov: at,
    });
    const choiceRefs = new Map<string, ConceptRef>();
    if (CHOICE_TYPES.has(type)) {
      const choices = parseChoices(table, row, cols.choices, get(row, 'choices'));
      if (choices.length === 0) result.notes.push(`${file.name}: ${csvRowAt(row)}: ${type} field ${field} lists no choices`);
      choices.forEach((c, i) => {
        const a = ann?.answers.get(c.code);
        const answer: ConceptRef = a ? { code: a.code, conceptId: a.conceptId } : { code: c.code };
        choiceRefs.set(c.code.toLowerCase(), answer);
        const standard = a?.standardConceptId != null ? { standardConceptId: a.standardConceptId } : {};
        result.options.push({ question: ref, answer, position: i + 1, label: { en: c.label }, ...standard, prov: at });
        const key = (answer.code ?? `#${answer.conceptId}`).toLowerCase();
        if (answersSeen.has(key)) return;
        answersSeen.add(key);
        result.concepts.push({ ...answer, kind: 'answer', module, text: { en: c.label }, ...standard, prov: at });
      });
    }
    fields.set(field.toLowerCase(), { ref, choices: choiceRefs });
    const logic = get(row, 'branching');
    if (logic) {
      const parsed = parseBranching(logic);
      result.branching.push({
        child: ref,
        parent: parsed ? (fields.get(parsed.parent.toLowerCase())?.ref ?? { code: parsed.parent }) : null,
        answers: parsed ? parsed.answers.map((c) => fields.get(parsed.parent.toLowerCase())?.choices.get(c.toLowerCase()) ?? { code: c }) : [],
        when: parsed?.when ?? 'shown',
        prose: logic,
        module,
        prov: at,
      });
    }
  }
  return result;
}

/** The build's REDCap source is a shuffled sample: its row order is not the instruments'. */
export const importRedcapDictionary: Importer = (file) => readRedcapDictionary(file, { keepOrder: false });

function moduleOf(survey: string, form: string): string | null {
  // Survey names in the sample are cut at 31 characters; the form name then says more.
  for (const name of [survey, form]) if (name && moduleSlugFor(name)) return name;
  return survey || form || null;
}

const KNOWN_OTHER = new Set(['calc', 'file', 'sql']);

function fieldTypeOf(type: string, validation: string): FieldType {
  switch (type) {
    case 'radio':
    case 'dropdown':
      return 'single';
    case 'checkbox':
      return 'multiple';
    case 'yesno':
    case 'truefalse':
      return 'boolean';
    case 'descriptive':
      return 'descriptive';
    case 'slider':
      return 'integer';
    case 'notes':
      return 'text';
    case 'text': {
      const v = validation.toLowerCase();
      if (v === 'integer') return 'integer';
      if (v.startsWith('number')) return 'decimal';
      if (v.startsWith('date') || v.startsWith('time')) return 'date';
      return 'text';
    }
    default:
      return 'other';
  }
}

function parseChoices(table: CsvTable, row: CsvRow, column: string | undefined, raw: string): { code: string; label: string }[] {
  const out: { code: string; label: string }[] = [];
  if (!raw) return out;
  const field = column ?? 'Choices';
  for (const part of raw.split('|')) {
    const entry = part.trim();
    if (!entry) continue;
    const comma = entry.indexOf(',');
    const code = (comma < 0 ? '' : entry.slice(0, comma)).trim();
    if (!code) throw new SourceError(table.file, csvRowAt(row), field, `choice "${entry.slice(0, 40)}" is not "code, label"`);
    if (out.some((c) => c.code.toLowerCase() === code.toLowerCase())) {
      throw new SourceError(table.file, csvRowAt(row), field, `choice code ${code} is listed twice`);
    }
    out.push({ code, label: entry.slice(comma + 1).trim() });
  }
  return out;
}

/** Field labels may hold HTML (rich-text labels); the app shows plain text. */
function cleanLabel(label: string): string {
  if (!/<[a-z/][^>]*>/i.test(label)) return label.trim();
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/p>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
