// Data Browser survey_module.csv (also the 2019 workbench copy): one row per survey module with
// its concept id, name, description, question and participant counts and display order.
import { emptyResult } from '../../model/records';
import { optionalInt, readCsv, requiredInt, requiredText } from '../../read/csv';
import type { Importer } from '../types';
import { cell, provAt, UniqueRows } from './shared';

const COLUMNS = ['concept_id', 'name', 'description', 'question_count', 'participant_count', 'order_number'] as const;

export const importSurveyModule: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: COLUMNS });
  const out = emptyResult();
  const unique = new UniqueRows(table, 'concept_id', 'module');
  for (const row of table.rows) {
    const conceptId = requiredInt(table, row, 'concept_id');
    unique.check(row, String(conceptId));
    const description = cell(row, 'description');
    out.modules.push({
      conceptId,
      name: { en: requiredText(table, row, 'name') },
      description: description ? { en: description } : undefined,
      questionCount: optionalInt(table, row, 'question_count'),
      // 0 is how the Data Browser lists a survey whose count it has not published yet (EHHWB, BHP).
      participantCount: optionalInt(table, row, 'participant_count') || null,
      order: optionalInt(table, row, 'order_number'),
      prov: provAt(file, row),
    });
  }
  return out;
};
