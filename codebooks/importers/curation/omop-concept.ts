// OMOP CONCEPT files: curation's aou_vocab/CONCEPT.csv (tab-separated) and user-supplied Athena
// downloads of millions of rows. readOmopConcepts streams rows; the importer collects them.
import { SourceError } from '../../errors';
import { emptyResult, type ConceptRecord, type ItemKind } from '../../model/records';
import type { Importer } from '../types';
import { readLines, splitCsvLine } from './lines';

export interface OmopConceptRow {
  line: number;
  conceptId: number;
  name: string;
  domainId: string | null;
  vocabularyId: string | null;
  conceptClassId: string | null;
  standardConcept: string | null;
  conceptCode: string;
  invalidReason: string | null;
}

const REQUIRED = ['concept_id', 'concept_name', 'concept_code'] as const;

/** Yields the rows of an OMOP CONCEPT file, tab- or comma-separated (told apart by the header). */
export async function* readOmopConcepts(path: string, file: string): AsyncGenerator<OmopConceptRow> {
  let header: string[] | null = null;
  let delimiter = '\t';
  const col = new Map<string, number>();
  for await (const { line, text } of readLines(path, file)) {
    if (header === null) {
      delimiter = text.includes('\t') ? '\t' : ',';
      const split = splitCsvLine(text, delimiter);
      if (!Array.isArray(split)) throw new SourceError(file, 1, null, 'a quoted header name is never closed');
      header = split.map((h) => h.trim().toLowerCase());
      header.forEach((h, i) => col.set(h, i));
      for (const c of REQUIRED) {
        if (!col.has(c)) throw new SourceError(file, 1, c, `the header lacks this column (found: ${header.join(', ')})`);
      }
      continue;
    }
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text, delimiter);
    if (!Array.isArray(fields)) {
      throw new SourceError(file, line, header[fields.unclosedAt] ?? null, 'a quoted field is not closed on this line (is the file truncated?)');
    }
    if (fields.length !== header.length) {
      const missing = fields.length < header.length ? header[fields.length]! : null;
      throw new SourceError(file, line, missing, `expected ${header.length} fields, found ${fields.length}`);
    }
    const get = (name: string): string | null => {
      const i = col.get(name);
      const v = i === undefined ? '' : fields[i]!.trim();
      return v === '' ? null : v;
    };
    const rawId = get('concept_id') ?? '';
    if (!/^-?\d+$/.test(rawId)) throw new SourceError(file, line, 'concept_id', `"${rawId.slice(0, 40)}" is not a whole number`);
    const code = get('concept_code');
    if (code === null) throw new SourceError(file, line, 'concept_code', 'is empty');
    yield {
      line,
      conceptId: Number(rawId),
      name: get('concept_name') ?? '',
      domainId: get('domain_id'),
      vocabularyId: get('vocabulary_id'),
      conceptClassId: get('concept_class_id'),
      standardConcept: get('standard_concept'),
      conceptCode: code,
      invalidReason: get('invalid_reason'),
    };
  }
  if (header === null) throw new SourceError(file, null, null, 'the file has no header row');
}

// The PPI and AoU vocabularies mark questions, answers, topics and modules by concept class.
const KIND_OF_CLASS: Record<string, ItemKind> = { question: 'question', answer: 'answer', topic: 'topic', module: 'module' };

export function conceptRecordOf(row: OmopConceptRow, source: string): ConceptRecord {
  return {
    conceptId: row.conceptId,
    code: row.conceptCode,
    kind: KIND_OF_CLASS[(row.conceptClassId ?? '').toLowerCase()] ?? null,
    text: row.name ? { en: row.name } : undefined,
    conceptClass: row.conceptClassId,
    prov: { source, at: `row ${row.line}` },
  };
}

export const importOmopConcept: Importer = async (file) => {
  const result = emptyResult();
  const lineOfId = new Map<number, number>();
  for await (const row of readOmopConcepts(file.path, file.name)) {
    const dup = lineOfId.get(row.conceptId);
    if (dup !== undefined) throw new SourceError(file.name, row.line, 'concept_id', `${row.conceptId} is already on row ${dup}`);
    lineOfId.set(row.conceptId, row.line);
    // Rows that define a vocabulary, domain or concept class are not survey concepts.
    if (row.domainId === 'Metadata' && ['Vocabulary', 'Domain', 'Concept Class'].includes(row.conceptClassId ?? '')) {
      result.notes.push(`row ${row.line}: ${row.conceptId} "${row.name}" is vocabulary metadata, not a survey concept; skipped`);
      continue;
    }
    result.concepts.push(conceptRecordOf(row, file.entry.id));
  }
  return result;
};
