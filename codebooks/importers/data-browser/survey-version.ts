// Data Browser survey_version_metadata.csv: which questions each COPE version (1..6) contained,
// in order. is_main (top-level vs follow-up) has no place in VersionRecord and is not kept.
import { SourceError } from '../../errors';
import { emptyResult, type VersionRecord } from '../../model/records';
import { csvRowAt, readCsv, requiredInt } from '../../read/csv';
import type { Importer } from '../types';
import { provAt, UniqueRows } from './shared';

const COLUMNS = ['survey_concept_id', 'version_id', 'question_concept_id', 'is_main', 'order'] as const;

export const importSurveyVersion: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: COLUMNS });
  const out = emptyResult();
  const unique = new UniqueRows(table, 'question_concept_id', 'version and question');
  const versions = new Map<string, VersionRecord>();
  const orders = new Map<string, Set<number>>();
  for (const row of table.rows) {
    const survey = requiredInt(table, row, 'survey_concept_id');
    const version = requiredInt(table, row, 'version_id');
    const question = requiredInt(table, row, 'question_concept_id');
    const order = requiredInt(table, row, 'order');
    const isMain = requiredInt(table, row, 'is_main');
    if (isMain !== 0 && isMain !== 1) throw new SourceError(file.name, csvRowAt(row), 'is_main', `${isMain} is neither 0 nor 1`);
    const key = `${survey}/${version}`;
    unique.check(row, `${key} ${question}`);
    let record = versions.get(key);
    if (!record) {
      record = { module: String(survey), version: String(version), questions: [], prov: provAt(file, row) };
      versions.set(key, record);
      orders.set(key, new Set());
    }
    const used = orders.get(key)!;
    if (used.has(order)) out.notes.push(`${csvRowAt(row)}: order ${order} is used twice in version ${version} of survey ${survey}`);
    used.add(order);
    record.questions.push({ ref: { conceptId: question }, order });
  }
  for (const v of versions.values()) {
    v.questions.sort((a, b) => a.order - b.order);
    out.versions.push(v);
  }
  return out;
};
