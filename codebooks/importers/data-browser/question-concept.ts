// Data Browser question_concept.csv: the older question list (The Basics ... COPE, with the
// legacy Family Health History and Personal Medical History). `path` chains
// question.answer.question; in FHH a chain ending in a repeated id (`p.X.X`) lists X under p
// without naming an answer: X is an answer of p when is_parent_question is 0, else a question.
import { emptyResult, type ConceptRecord, type ItemKind } from '../../model/records';
import { csvRowAt, optionalInt, readCsv, requiredInt } from '../../read/csv';
import type { Importer } from '../types';
import { cell, OptionLinks, pathIds, provAt, UniqueRows } from './shared';

const COLUMNS = [
  'concept_id',
  'concept_name',
  'concept_code',
  'survey_name',
  'survey_concept_id',
  'path',
  'is_parent_question',
  'question_order_number',
] as const;

export const importQuestionConcept: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: COLUMNS });
  const out = emptyResult();
  const unique = new UniqueRows(table, 'path', 'concept_id and path');
  const options = new OptionLinks();
  const seen = new Set<number>();
  const surveys = new Set<number>();
  for (const row of table.rows) {
    const conceptId = requiredInt(table, row, 'concept_id');
    const path = pathIds(table, row, out.notes);
    unique.check(row, `${conceptId} at ${path.join('.')}`);
    const code = cell(row, 'concept_code') || null;
    const surveyId = requiredInt(table, row, 'survey_concept_id');
    const module = cell(row, 'survey_name') || String(surveyId);
    const isParent = optionalInt(table, row, 'is_parent_question') === 1;
    const prov = provAt(file, row);
    if (!surveys.has(surveyId)) {
      surveys.add(surveyId);
      out.modules.push({ conceptId: surveyId, name: cell(row, 'survey_name') ? { en: module } : undefined, prov });
    }
    const n = path.length;
    const listed = n >= 3 && path[n - 1] === path[n - 2];
    let kind: ItemKind | null = isParent ? 'question' : null;
    let parent: number | null = null;
    if (path[n - 1] !== conceptId) out.notes.push(`${csvRowAt(row)}: path ${path.join('.')} does not end at concept ${conceptId}`);
    else if (listed) {
      parent = path[n - 3]!;
      if (!isParent) {
        kind = 'answer';
        options.add(parent, conceptId, prov);
      }
    } else if (n >= 3) {
      kind = 'question';
      parent = path[n - 3]!;
      out.branching.push({ child: { code, conceptId }, parent: { conceptId: parent }, answers: [{ conceptId: path[n - 2]! }], when: 'shown', module, prov });
    }
    for (let i = 0; i + 1 < n - (listed ? 1 : 0); i += 2) if (path[i + 1] !== conceptId) options.add(path[i]!, path[i + 1]!, prov);
    if (seen.has(conceptId)) continue;
    seen.add(conceptId);
    const name = cell(row, 'concept_name');
    // 0 is the export's "no order" (FHH and PMH rows, follow-ups).
    const order = optionalInt(table, row, 'question_order_number');
    const concept: ConceptRecord = { kind, conceptId, code, module, order: order ? order : null, prov };
    if (name) concept.text = { en: name };
    if (parent !== null) concept.parent = { conceptId: parent };
    out.concepts.push(concept);
  }
  out.options.push(...options.records);
  return out;
};
