import { SourceError } from '../../errors';
import { emptyResult, type ConceptRecord, type ImportResult, type ItemKind } from '../../model/records';
import { csvRowAt, csvRowsAt, requiredText, text, type CsvRow, type CsvTable } from '../../read/csv';
import type { Importer, SourceFile } from '../types';
import { externalCodesOf } from './external-codes';
import { fieldTypeOf } from './field-type';
import { readC2fCsv } from './read-sheet';

// Answer Type is missing from most newer sheets; the older ones add Item ID and LOINC columns.
const REQUIRED = ['Display', 'Topic', 'Type', 'PMI Code', 'Parent code'] as const;

const KINDS: Record<string, ItemKind> = { 'Module Name': 'module', Topic: 'topic', Question: 'question', Answer: 'answer' };

interface SheetRow {
  row: CsvRow;
  order: number;
  code: string;
  kind: ItemKind | null;
  parent: string;
}

/** One codebook sheet (sheets/<Module>.csv): the module, its topics, questions and answers. */
export const importC2fSheet: Importer = (file) => {
  const table = readC2fCsv(file, REQUIRED);
  const rows = table.rows.map((row, i) => parseRow(table, row, i + 1));
  const result = emptyResult();
  const at = (r: SheetRow) => ({ source: file.entry.id, at: csvRowAt(r.row) });

  const moduleRows = rows.filter((r) => r.kind === 'module');
  const moduleRow = moduleRows[0];
  if (!moduleRow) throw new SourceError(file.name, rows[0] ? csvRowAt(rows[0].row) : 1, 'Type', 'no row has Type "Module Name", so the sheet names no module');
  if (moduleRows.length > 1) result.notes.push(`${file.name}: ${moduleRows.length} rows have Type "Module Name"; the first (${csvRowAt(moduleRow.row)}) names the module`);
  const module = moduleRow.code;

  const kindOf = new Map<string, ItemKind | null>();
  for (const r of rows) if (!kindOf.has(r.code.toLowerCase())) kindOf.set(r.code.toLowerCase(), r.kind);

  const seen = new Map<string, SheetRow>();
  const answerCount = new Map<string, number>();
  const notUnderQuestion: SheetRow[] = [];
  const outsideParents: SheetRow[] = [];
  for (const r of rows) {
    const parentKind = r.parent ? kindOf.get(r.parent.toLowerCase()) : undefined;
    if (r.kind === 'answer') {
      if (!r.parent) throw new SourceError(file.name, csvRowAt(r.row), 'Parent code', `answer ${r.code} names no question`);
      if (parentKind === undefined) {
        throw new SourceError(file.name, csvRowAt(r.row), 'Parent code', `answer ${r.code} belongs to ${r.parent}, which is nowhere in the sheet`);
      }
    } else if (r.parent && parentKind === undefined) outsideParents.push(r);

    const key = `${r.code.toLowerCase()}|${r.parent.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      const same = sameContent(first.row, r.row);
      result.notes.push(
        `${file.name}: ${csvRowAt(r.row)} ${same ? 'repeats' : 'contradicts'} ${csvRowAt(first.row)} (${r.code} under ${r.parent || 'no parent'})` +
          (same ? '; skipped' : ''),
      );
      if (!same) result.concepts.push(conceptOf(r, module, at(r)));
      continue;
    }
    seen.set(key, r);
    if (r.kind === 'module') result.modules.push({ code: r.code, name: texts(r.row), slug: file.entry.module ?? null, prov: at(r) });
    result.concepts.push(conceptOf(r, module, at(r)));
    const short = text(r.row, 'Short Code');
    if (short && short.toLowerCase() !== r.code.toLowerCase()) result.codeTies.push({ code: r.code, shortCode: short, prov: at(r) });
    if (r.kind !== 'answer') continue;
    if (parentKind !== 'question') {
      notUnderQuestion.push(r);
      continue;
    }
    const position = (answerCount.get(r.parent.toLowerCase()) ?? 0) + 1;
    answerCount.set(r.parent.toLowerCase(), position);
    result.options.push({ question: { code: r.parent }, answer: { code: r.code }, position, label: texts(r.row), prov: at(r) });
  }
  addNotes(result, file, rows, notUnderQuestion, outsideParents);
  return result;
};

function parseRow(table: CsvTable, row: CsvRow, order: number): SheetRow {
  const type = text(row, 'Type');
  const kind = type === '' ? null : KINDS[type];
  if (kind === undefined) {
    throw new SourceError(table.file, csvRowAt(row), 'Type', `"${type}" is not one of ${Object.keys(KINDS).join(', ')}`);
  }
  return { row, order, code: requiredText(table, row, 'PMI Code'), kind, parent: text(row, 'Parent code') };
}

function conceptOf(r: SheetRow, module: string, prov: ConceptRecord['prov']): ConceptRecord {
  const rec: ConceptRecord = { code: r.code, kind: r.kind, module, text: texts(r.row), order: r.order, prov };
  if (r.parent) rec.parent = { code: r.parent };
  const topic = text(r.row, 'Topic');
  if (topic && r.kind !== 'module') rec.topic = topic;
  const fieldType = fieldTypeOf(text(r.row, 'Answer Type'));
  if (fieldType) rec.fieldType = fieldType;
  // On answer rows Item ID repeats the question's item, so only non-answers take it.
  const itemId = text(r.row, 'Item ID');
  if (itemId && r.kind !== 'answer') rec.itemId = itemId;
  const external = externalCodesOf(r.row, r.kind === 'answer');
  if (external.length) rec.externalCodes = external;
  return rec;
}

function texts(row: CsvRow): { en?: string } {
  const display = text(row, 'Display');
  return display ? { en: display } : {};
}

function sameContent(a: CsvRow, b: CsvRow): boolean {
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  return [...keys].every((k) => (a.values[k] ?? '').trim() === (b.values[k] ?? '').trim());
}

function addNotes(result: ImportResult, file: SourceFile, rows: SheetRow[], notUnderQuestion: SheetRow[], outside: SheetRow[]): void {
  const rowsAt = (rs: SheetRow[]) => csvRowsAt(rs.map((r) => r.row), 5);
  const untyped = rows.filter((r) => r.kind === null);
  if (untyped.length) result.notes.push(`${file.name}: ${untyped.length} rows have an empty Type (${rowsAt(untyped)}); their kind is left unknown`);
  if (notUnderQuestion.length) {
    result.notes.push(`${file.name}: ${notUnderQuestion.length} answers sit under a topic or module, not a question (${rowsAt(notUnderQuestion)}); no options made for them`);
  }
  if (outside.length) result.notes.push(`${file.name}: ${outside.length} rows name a parent code that is not in this sheet (${rowsAt(outside)})`);
  const padded = rows.filter((r) => r.row.values['PMI Code'] !== r.code);
  if (padded.length) result.notes.push(`${file.name}: ${padded.length} codes had spaces or line breaks around them, removed (${rowsAt(padded)})`);
  const unknown = new Set(rows.map((r) => text(r.row, 'Answer Type')).filter((t) => t && !fieldTypeOf(t)));
  for (const t of unknown) result.notes.push(`${file.name}: Answer Type "${t}" is not a known field type; left unset`);
}
