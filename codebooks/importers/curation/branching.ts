// Curation's machine-readable branching rules (cdr_cleaner/ppi_branching/*.csv): one row per
// (rule_type, child, parent, parent answer). Rows of one rule are grouped into one BranchRecord.
import { basename } from 'node:path';
import { SourceError } from '../../errors';
import { emptyResult, type BranchRecord, type ImportResult } from '../../model/records';
import { moduleSlugFor } from '../../model/modules';
import { csvRowAt, csvRowsAt, readCsv, text, type CsvRow, type CsvTable } from '../../read/csv';
import type { Importer, SourceFile } from '../types';

const REQUIRED = ['rule_type', 'child_question', 'parent_question', 'parent_value'] as const;

/** The file belongs to one module: the manifest says so, or its name does (basics.csv). */
export function moduleOfFile(file: SourceFile): string {
  if (file.entry.module) return file.entry.module;
  const stem = basename(file.entry.path).replace(/\.csv$/i, '');
  return moduleSlugFor(stem) ?? stem;
}

interface Group {
  rule: BranchRecord;
  rows: CsvRow[];
}

export const importCurationBranching: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: REQUIRED });
  const result = emptyResult();
  const module = moduleOfFile(file);
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const row of table.rows) {
    const ruleType = text(row, 'rule_type');
    const child = text(row, 'child_question');
    const parent = text(row, 'parent_question');
    const value = text(row, 'parent_value');
    const notes = text(row, 'notes');
    if (!child) throw new SourceError(file.name, csvRowAt(row), 'child_question', 'is empty');
    if (ruleType !== 'keep' && ruleType !== 'drop' && ruleType !== 'keep_gt') {
      throw new SourceError(file.name, csvRowAt(row), 'rule_type', `"${ruleType}" is not keep, drop or keep_gt`);
    }
    if (!parent && !value) {
      skipWithoutParent(result, file, row, child, notes, module);
      continue;
    }
    if (!parent) throw new SourceError(file.name, csvRowAt(row), 'parent_question', `is empty but parent_value is "${value}"`);
    if (!value) throw new SourceError(file.name, csvRowAt(row), 'parent_value', 'is empty');
    const key = [ruleType, child.toLowerCase(), parent.toLowerCase()].join('|');
    let group = groups.get(key);
    if (!group) {
      group = { rule: newRule(ruleType, child, parent, module, file), rows: [] };
      groups.set(key, group);
      order.push(group);
    }
    addValue(group, table, row, ruleType, parent, value, notes);
  }
  for (const g of order) {
    g.rule.prov.at = csvRowsAt(g.rows);
    result.branching.push(g.rule);
  }
  return result;
};

function newRule(ruleType: string, child: string, parent: string, module: string, file: SourceFile): BranchRecord {
  return {
    child: { code: child },
    parent: { code: parent },
    answers: [],
    // keep: the child's answers are kept only when the parent has one of the values.
    when: ruleType === 'drop' ? 'hidden' : 'shown',
    prose: null,
    module,
    prov: { source: file.entry.id },
  };
}

function addValue(g: Group, table: CsvTable, row: CsvRow, ruleType: string, parent: string, value: string, notes: string) {
  g.rows.push(row);
  if (ruleType === 'keep_gt') {
    // A numeric threshold, not an answer code: kept only as words.
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new SourceError(table.file, csvRowAt(row), 'parent_value', `"${value}" is not a number`);
    g.rule.prose = joinProse(g.rule.prose, `${parent} > ${value}`);
  } else if (!g.rule.answers.some((a) => a.code?.toLowerCase() === value.toLowerCase())) {
    g.rule.answers.push({ code: value });
  }
  if (notes) g.rule.prose = joinProse(g.rule.prose, notes);
}

function joinProse(prev: string | null | undefined, add: string): string {
  if (!prev) return add;
  return prev.split(' / ').includes(add) ? prev : `${prev} / ${add}`;
}

function skipWithoutParent(result: ImportResult, file: SourceFile, row: CsvRow, child: string, notes: string, module: string) {
  if (notes) {
    // The rule exists only in words: keep them, with no structured parent.
    result.branching.push({
      child: { code: child },
      parent: null,
      answers: [],
      when: text(row, 'rule_type') === 'drop' ? 'hidden' : 'shown',
      prose: notes,
      module,
      prov: { source: file.entry.id, at: csvRowAt(row) },
    });
    result.notes.push(`${file.name}: ${csvRowAt(row)}: rule for ${child} names no parent question; kept its notes as prose only`);
  } else {
    result.notes.push(`${file.name}: ${csvRowAt(row)}: rule for ${child} names no parent question and has no notes; skipped`);
  }
}
