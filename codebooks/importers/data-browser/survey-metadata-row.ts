// One row of a Data Browser survey_metadata.csv (current HEAD, the 2022/2025 snapshots, and the
// bhp_/ehwb_ variants), read into typed values. Column sets differ between versions: help_text and
// branching_logic exist only in the current file.
import { SourceError } from '../../errors';
import type { ItemKind } from '../../model/records';
import { csvRowAt, optionalInt, requiredInt, text, type CsvRow, type CsvTable } from '../../read/csv';
import { cell } from './shared';

export const SURVEY_METADATA_COLUMNS = [
  'id',
  'concept_id',
  'concept_name',
  'concept_code',
  'survey_name',
  'survey_concept_id',
  'path',
  'is_parent_question',
  'order_number',
  'question_string',
  'type',
  'parent_question_concept_id',
  'parent_answer_concept_id',
] as const;

export interface MetadataRow {
  row: CsvRow;
  kind: Extract<ItemKind, 'topic' | 'question'>;
  conceptId: number;
  code: string | null;
  name: string;
  surveyId: number;
  surveyName: string;
  order: number | null;
  parentQuestion: number | null;
  parentAnswer: number | null;
  answerLabels: string[];
  helpText: string;
  branchingProse: string;
}

const KINDS: Record<string, MetadataRow['kind']> = { TOPIC: 'topic', QUESTION: 'question' };

export function readMetadataRow(table: CsvTable, row: CsvRow): MetadataRow {
  const type = text(row, 'type');
  const kind = KINDS[type.toUpperCase()];
  if (!kind) throw new SourceError(table.file, csvRowAt(row), 'type', `"${type.slice(0, 40)}" is neither TOPIC nor QUESTION`);
  const name = cell(row, 'concept_name');
  const qs = text(row, 'question_string');
  return {
    row,
    kind,
    conceptId: requiredInt(table, row, 'concept_id'),
    code: cell(row, 'concept_code') || null,
    name,
    surveyId: requiredInt(table, row, 'survey_concept_id'),
    surveyName: cell(row, 'survey_name'),
    order: optionalInt(table, row, 'order_number'),
    parentQuestion: optionalInt(table, row, 'parent_question_concept_id'),
    parentAnswer: optionalInt(table, row, 'parent_answer_concept_id'),
    // The 2022 snapshot repeats the question text here instead of answer labels.
    answerLabels: kind === 'question' && qs !== name ? splitLabels(qs) : [],
    helpText: cell(row, 'help_text'),
    branchingProse: cell(row, 'branching_logic'),
  };
}

/** "Birthplace: USA| Other| Skip" → labels in the file's order (not the instrument's order). */
export function splitLabels(joined: string): string[] {
  if (joined === '' || joined === 'NULL') return [];
  return joined
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A sub-question names a parent question other than itself (top-level rows name themselves). */
export function hasParentQuestion(r: MetadataRow): r is MetadataRow & { parentQuestion: number } {
  return r.parentQuestion !== null && r.parentQuestion !== r.conceptId;
}
