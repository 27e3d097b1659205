import { SourceError } from '../../errors';
import type { FieldType, ItemKind } from '../../model/records';
import { moduleSlugFor } from '../../model/modules';
import type { DataFrame } from '../../read/rda';

/** Where a row is, for provenance and errors: the data frame's 1-based row. */
export const rowAt = (i: number) => `row ${i + 1}`;

export function requireColumns(df: DataFrame, file: string, columns: readonly string[]): void {
  for (const c of columns) {
    if (!df.columns.includes(c)) {
      throw new SourceError(file, `object ${df.name}`, c, `the data frame lacks this column (found: ${df.columns.join(', ')})`);
    }
  }
}

/** A required text cell: an error naming file, row and column when it is NA or empty. */
export function requiredText(df: DataFrame, file: string, column: string, i: number, why = 'is missing'): string {
  const v = df.text(column, i)?.trim();
  if (!v) throw new SourceError(file, `${df.name} ${rowAt(i)}`, column, why);
  return v;
}

export function optionalText(df: DataFrame, column: string, i: number): string | null {
  return df.text(column, i)?.trim() || null;
}

/** REDCap field types as the AoU codebook uses them. A slider records a number from 0 to 100. */
const FIELD_TYPES: Record<string, FieldType> = {
  radio: 'single',
  dropdown: 'single',
  checkbox: 'multiple',
  text: 'text',
  notes: 'text',
  slider: 'integer',
  yesno: 'boolean',
  truefalse: 'boolean',
  descriptive: 'descriptive',
  calc: 'other',
  file: 'other',
};

export function fieldTypeOf(raw: string | null): FieldType | null | undefined {
  return raw === null ? null : FIELD_TYPES[raw.toLowerCase()];
}

const KINDS: Record<string, ItemKind> = { question: 'question', answer: 'answer', module: 'module', topic: 'topic' };

export function kindOf(conceptClass: string | null): ItemKind | null {
  return conceptClass === null ? null : (KINDS[conceptClass.toLowerCase()] ?? null);
}

/**
 * The module a form name stands for. Forms like "COPE (Nov)" are editions of a module the merge
 * knows ("COPE"): the module is the base name and the edition becomes a version.
 */
export function moduleOfForm(form: string | null): { module: string | null; version: string | null } {
  if (!form) return { module: null, version: null };
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(form);
  if (m && !moduleSlugFor(form) && moduleSlugFor(m[1]!)) return { module: m[1]!, version: m[2]! };
  return { module: form, version: null };
}
