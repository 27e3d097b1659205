// Reading the real raw files the releases are checked against (never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDirs } from '../../../codebooks/sources/locate';

export function rawText(path: string): string {
  const dir = defaultDirs().find((d) => existsSync(join(d, path)));
  if (!dir) throw new Error(`raw file ${path} not found in ${defaultDirs().join(', ')}`);
  return readFileSync(join(dir, path), 'utf8');
}

/** Data Browser survey_version_metadata.csv: version → question concept IDs (COPE, survey 1333342). */
export function copeVersions(): Map<number, Set<number>> {
  const lines = rawText('all-of-us__data-browser/public-api/db-cdr/generate-cdr/csv/survey_version_metadata.csv').trim().split(/\r?\n/);
  const header = lines[0]!.replace(/"/g, '').split(',');
  const v = header.indexOf('version_id');
  const q = header.indexOf('question_concept_id');
  const out = new Map<number, Set<number>>();
  for (const line of lines.slice(1)) {
    const cells = line.replace(/"/g, '').split(',');
    const version = Number(cells[v]);
    out.set(version, (out.get(version) ?? new Set()).add(Number(cells[q])));
  }
  return out;
}
