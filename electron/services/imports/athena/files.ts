// The files of an Athena download this app reads, their columns (OMOP CDM v5), and how they are
// found in a folder (any letter case; .csv as Athena names them, .tsv or .txt accepted too).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../../../../codebooks/errors';

export const ATHENA_FILES = {
  vocabulary: { name: 'VOCABULARY.csv', required: ['vocabulary_id', 'vocabulary_name', 'vocabulary_version'] },
  concept: {
    name: 'CONCEPT.csv',
    required: ['concept_id', 'concept_name', 'domain_id', 'vocabulary_id', 'concept_class_id', 'standard_concept', 'concept_code', 'valid_start_date', 'valid_end_date', 'invalid_reason'],
  },
  relationship: { name: 'CONCEPT_RELATIONSHIP.csv', required: ['concept_id_1', 'concept_id_2', 'relationship_id', 'valid_start_date', 'valid_end_date', 'invalid_reason'] },
  synonym: { name: 'CONCEPT_SYNONYM.csv', required: ['concept_id', 'concept_synonym_name', 'language_concept_id'] },
} as const;
export type AthenaFile = keyof typeof ATHENA_FILES;

export interface AthenaFolder {
  folder: string;
  files: Partial<Record<AthenaFile, { path: string; name: string; bytes: number }>>;
  /** Files of the download this app does not read (CONCEPT_ANCESTOR, DRUG_STRENGTH, ...). */
  ignored: string[];
}

export function locateAthenaFolder(folder: string): AthenaFolder {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (e) {
    throw new SourceError(folder, null, null, `cannot read this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const out: AthenaFolder = { folder, files: {}, ignored: [] };
  const stem = (n: string) => n.toUpperCase().replace(/\.(CSV|TSV|TXT)$/, '');
  for (const entry of entries.sort()) {
    const kind = (Object.keys(ATHENA_FILES) as AthenaFile[]).find((k) => stem(ATHENA_FILES[k].name) === stem(entry));
    const path = join(folder, entry);
    if (!statSync(path).isFile()) continue;
    if (kind && !out.files[kind] && /\.(csv|tsv|txt)$/i.test(entry)) out.files[kind] = { path, name: entry, bytes: statSync(path).size };
    else if (/\.(csv|tsv|txt)$/i.test(entry)) out.ignored.push(entry);
  }
  if (!out.files.concept) {
    throw new SourceError(folder, null, null, 'this folder has no CONCEPT.csv, so it is not an Athena vocabulary download (unzip the download and choose the folder holding CONCEPT.csv)');
  }
  return out;
}
