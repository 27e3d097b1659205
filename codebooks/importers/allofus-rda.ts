// The allofus R package's data sets (.rda): the AoU codebook joined to Athena, the health
// history grid and the SDOH/COPE answer codes.
import { SourceError } from '../errors';
import { emptyResult, type ImportResult } from '../model/records';
import { asDataFrame, readRdaFile } from '../read/rda';
import { importCodebook } from './allofus/codebook';
import { importConceptCodes } from './allofus/concept-codes';
import { importHealthHistory } from './allofus/health-history';
import type { Importer } from './types';

const TABLES = {
  aou_codebook: importCodebook,
  aou_health_history: importHealthHistory,
  aou_concept_codes: importConceptCodes,
} as const;

export const importAllofusRda: Importer = (file) => {
  const rda = readRdaFile(file.path, file.name);
  const out: ImportResult = emptyResult();
  let known = 0;
  for (const [name, value] of rda.objects) {
    const read = TABLES[name as keyof typeof TABLES];
    if (!read) {
      out.notes.push(`object ${name} is not one of the package's tables and was skipped`);
      continue;
    }
    read(asDataFrame(value, name, file.name), file, out);
    known++;
  }
  if (!known) {
    throw new SourceError(file.name, null, 'objects', `holds none of ${Object.keys(TABLES).join(', ')} (found: ${[...rda.objects.keys()].join(', ')})`);
  }
  out.meta.push({ key: 'written-by-r', value: rda.writtenBy, prov: { source: file.entry.id } });
  return out;
};
