// Data Browser survey_metadata.csv (and bhp_/ehwb_survey_metadata.csv): topics and questions with
// concept ids, codes, order, answer labels, and branching from parent question/answer and prose.
import { SourceError } from '../../errors';
import { emptyResult, type ConceptRecord, type ImportResult } from '../../model/records';
import { csvRowAt, readCsv } from '../../read/csv';
import { knownDefects } from '../../sources/known-defects';
import type { Importer } from '../types';
import { namesOthersOnly } from './branching-prose';
import { hasParentQuestion, readMetadataRow, SURVEY_METADATA_COLUMNS, type MetadataRow } from './survey-metadata-row';
import { OptionLinks, pathIds, provAt, UniqueRows } from './shared';

export const importSurveyMetadata: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: SURVEY_METADATA_COLUMNS, knownDefects: knownDefects(file.entry.sha256) });
  const out: ImportResult = emptyResult();
  out.notes.push(...table.skipped);
  const unique = new UniqueRows(table, 'path', 'concept_id and path');
  const rows = table.rows.map((row) => {
    const r = readMetadataRow(table, row);
    unique.check(row, `${r.conceptId} at ${row.values['path']}`);
    return r;
  });
  const ids = new Set(rows.map((r) => r.conceptId));
  for (const r of rows) {
    if (hasParentQuestion(r) && !ids.has(r.parentQuestion)) {
      throw new SourceError(file.name, csvRowAt(r.row), 'parent_question_concept_id', `names question ${r.parentQuestion}, which no row of the file has`);
    }
  }

  const moduleName = (r: MetadataRow) => r.surveyName || String(r.surveyId);
  addModules(rows, out, file.entry.id);
  const topicOf = topicsByOrder(rows);
  const options = new OptionLinks();
  const firstRow = new Map<number, MetadataRow>();
  const codeOwner = new Map<string, number>();
  const nameOf = new Map(rows.map((r) => [r.conceptId, r.name] as const));

  for (const r of rows) {
    const prov = provAt(file, r.row);
    const module = moduleName(r);
    const topic = topicOf.get(r);
    const path = pathIds(table, r.row, out.notes);
    // Path links alternate question.answer.question...: each (question, answer) pair is an option.
    for (let i = 0; i + 1 < path.length; i += 2) {
      if (path[i + 1] !== r.conceptId) options.add(path[i]!, path[i + 1]!, prov);
    }
    if (path[path.length - 1] !== r.conceptId) out.notes.push(`${csvRowAt(r.row)}: path ${path.join('.')} does not end at concept ${r.conceptId}`);
    if (hasParentQuestion(r)) {
      const answers = r.parentAnswer !== null && r.parentAnswer !== r.parentQuestion ? [{ conceptId: r.parentAnswer }] : [];
      for (const a of answers) options.add(r.parentQuestion, a.conceptId, prov);
      out.branching.push({ child: { code: r.code, conceptId: r.conceptId }, parent: { conceptId: r.parentQuestion }, answers, when: 'shown', module, prov });
    }
    if (r.branchingProse) {
      const parent = hasParentQuestion(r) && !namesOthersOnly(r.branchingProse, nameOf.get(r.parentQuestion) ?? '') ? { conceptId: r.parentQuestion } : null;
      out.branching.push({ child: { code: r.code, conceptId: r.conceptId }, parent, answers: [], when: 'shown', prose: r.branchingProse, module, prov });
    }

    const seen = firstRow.get(r.conceptId);
    if (seen) {
      if (seen.name !== r.name || seen.code !== r.code) {
        out.notes.push(`${csvRowAt(r.row)}: concept ${r.conceptId} is named differently than on ${csvRowAt(seen.row)}`);
      }
      continue;
    }
    firstRow.set(r.conceptId, r);
    if (r.code) {
      const owner = codeOwner.get(r.code.toLowerCase());
      if (owner !== undefined) out.notes.push(`${csvRowAt(r.row)}: code ${r.code} is also given to concept ${owner}`);
      else codeOwner.set(r.code.toLowerCase(), r.conceptId);
    } else out.notes.push(`${csvRowAt(r.row)}: concept ${r.conceptId} has no concept_code`);

    const concept: ConceptRecord = {
      kind: r.kind,
      conceptId: r.conceptId,
      code: r.code,
      module,
      text: r.name ? { en: r.name } : undefined,
      order: r.order,
      prov,
    };
    if (hasParentQuestion(r)) concept.parent = { conceptId: r.parentQuestion };
    else if (topic) concept.parent = { conceptId: topic.conceptId, code: topic.code };
    if (topic) concept.topic = topic.name;
    if (r.helpText) concept.helpText = { en: r.helpText };
    if (r.answerLabels.length) concept.answerLabels = r.answerLabels;
    out.concepts.push(concept);
  }
  out.options.push(...options.records);
  return out;
};

function addModules(rows: MetadataRow[], out: ImportResult, source: string): void {
  const names = new Map<number, string>();
  for (const r of rows) {
    const known = names.get(r.surveyId);
    if (known === undefined) {
      names.set(r.surveyId, r.surveyName);
      out.modules.push({ conceptId: r.surveyId, name: r.surveyName ? { en: r.surveyName } : undefined, prov: { source, at: csvRowAt(r.row) } });
    } else if (known !== r.surveyName) {
      out.notes.push(`${csvRowAt(r.row)}: survey ${r.surveyId} is named "${r.surveyName}", earlier "${known}"`);
    }
  }
}

/**
 * The file links questions to topics only by position: within a survey, a question belongs to the
 * last topic whose order_number is not after its own.
 */
function topicsByOrder(rows: MetadataRow[]): Map<MetadataRow, MetadataRow> {
  const out = new Map<MetadataRow, MetadataRow>();
  const bySurvey = new Map<number, MetadataRow[]>();
  for (const r of rows) if (r.order !== null) bySurvey.set(r.surveyId, [...(bySurvey.get(r.surveyId) ?? []), r]);
  for (const list of bySurvey.values()) {
    const topics = list.filter((r) => r.kind === 'topic').sort((a, b) => a.order! - b.order!);
    if (!topics.length) continue;
    for (const r of list) {
      if (r.kind === 'topic') continue;
      const topic = topics.filter((t) => t.order! <= r.order!).pop();
      if (topic) out.set(r, topic);
    }
  }
  return out;
}
