// Reading the real raw files the releases are checked against, through the manifest (never
// copied into the repository).
import { readFileSync } from 'node:fs';
import { realSource } from '../../helpers/sources';

export async function rawText(manifestId: string): Promise<string> {
  return readFileSync((await realSource(manifestId)).path, 'utf8');
}

/** Data Browser survey_version_metadata.csv: version → question concept IDs (COPE, survey 1333342). */
export async function copeVersions(): Promise<Map<number, Set<number>>> {
  const lines = (await rawText('data-browser:survey_version_metadata.csv')).trim().split(/\r?\n/);
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
