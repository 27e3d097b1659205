// Workbench cohort-builder PPI tree (api/db-cdr/csv/ppi_criteria.csv, 2019): module → topic →
// question groups, each with answer rows. An answer row's `code` is the STANDARD value concept
// (value_as_concept_id), not the PPI answer id, so options name no answer concept: they carry
// the label and the standard id, and the merge attaches them by label.
import { SourceError } from '../errors';
import { emptyResult, type ImportResult } from '../model/records';
import { moduleSlugFor } from '../model/modules';
import { csvRowAt, optionalInt, parseCsv, requiredInt, requiredText, text, type CsvRow, type CsvTable } from '../read/csv';
import { readUtf8 } from '../read/text';
import type { Importer, SourceFile } from './types';

const REQUIRED = ['id', 'parent_id', 'is_group', 'code', 'name', 'concept_id'] as const;

interface Node {
  row: CsvRow;
  id: number;
  parentId: number;
  isGroup: boolean;
  children: Node[];
}

export const importWorkbenchCriteria: Importer = (file) => {
  // The file escapes quotes as \" (a database dump); "" has the same length, so lines stay put.
  const raw = readUtf8(file.path, file.name).replaceAll('\\"', '""');
  const table = parseCsv(raw, file.name, { required: REQUIRED });
  const nodes = buildTree(table);
  const result = emptyResult();
  for (const root of nodes.filter((n) => n.parentId === 0)) readModule(root, table, file, result);
  return result;
};

function buildTree(table: CsvTable): Node[] {
  const byId = new Map<number, Node>();
  const nodes: Node[] = [];
  for (const row of table.rows) {
    const id = requiredInt(table, row, 'id');
    if (byId.has(id)) throw new SourceError(table.file, csvRowAt(row), 'id', `${id} is already on ${csvRowAt(byId.get(id)!.row)}`);
    const group = text(row, 'is_group');
    if (group !== '0' && group !== '1') throw new SourceError(table.file, csvRowAt(row), 'is_group', `"${group.slice(0, 40)}" is not 0 or 1`);
    const node: Node = { row, id, parentId: requiredInt(table, row, 'parent_id'), isGroup: group === '1', children: [] };
    byId.set(id, node);
    nodes.push(node);
  }
  for (const n of nodes) {
    if (n.parentId === 0) continue;
    const parent = byId.get(n.parentId);
    if (!parent) throw new SourceError(table.file, csvRowAt(n.row), 'parent_id', `no row has id ${n.parentId}`);
    if (!parent.isGroup) throw new SourceError(table.file, csvRowAt(n.row), 'parent_id', `${csvRowAt(parent.row)} (id ${n.parentId}) is an answer, not a group`);
    parent.children.push(n);
  }
  return nodes;
}

function readModule(root: Node, table: CsvTable, file: SourceFile, result: ImportResult) {
  const source = file.entry.id;
  const module = requiredText(table, root.row, 'name');
  if (!root.isGroup) throw new SourceError(file.name, csvRowAt(root.row), 'is_group', 'a top-level row must be a module group');
  result.modules.push({ name: { en: module }, slug: moduleSlugFor(module), prov: { source, at: csvRowAt(root.row) } });
  let order = 0;
  const visit = (group: Node, parentConcept: number | null, topic: string | null) => {
    for (const child of group.children) {
      if (!child.isGroup) continue;
      const conceptId = requiredInt(table, child.row, 'concept_id');
      const name = requiredText(table, child.row, 'name');
      const answers = child.children.filter((c) => !c.isGroup);
      const isQuestion = answers.length > 0 || child.children.length === 0;
      result.concepts.push({
        conceptId,
        kind: isQuestion ? 'question' : 'topic',
        module,
        parent: parentConcept === null ? null : { conceptId: parentConcept },
        topic,
        text: { en: name },
        order: isQuestion ? ++order : null,
        prov: { source, at: csvRowAt(child.row) },
      });
      answers.forEach((a, i) => readAnswer(a, i + 1, conceptId, table, source, result));
      visit(child, conceptId, isQuestion ? topic : name);
    }
  };
  visit(root, null, null);
}

function readAnswer(a: Node, position: number, questionId: number, table: CsvTable, source: string, result: ImportResult) {
  const own = requiredInt(table, a.row, 'concept_id');
  if (own !== questionId) {
    throw new SourceError(table.file, csvRowAt(a.row), 'concept_id', `${own} differs from its question's concept id ${questionId}`);
  }
  // Numeric answers (a 0-10 pain scale) have a label but no value concept.
  result.options.push({
    question: { conceptId: questionId },
    answer: {},
    position,
    label: { en: requiredText(table, a.row, 'name') },
    standardConceptId: optionalInt(table, a.row, 'code'),
    prov: { source, at: csvRowAt(a.row) },
  });
}
