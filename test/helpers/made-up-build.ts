// A made-up set of sources (test/fixtures/build/made-up-sources) presented as a manifest, so the
// whole build can be tested end to end on small invented data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../codebooks/sources/locate';
import type { ManifestEntry } from '../../codebooks/sources/manifest';
import { FIXTURES } from './sources';

export const MADE_UP_SOURCES = join(FIXTURES, 'build', 'made-up-sources');

export function madeUpEntry(file: string, format: string, dir = MADE_UP_SOURCES): ManifestEntry {
  const bytes = readFileSync(join(dir, file));
  return {
    id: `made-up:${file}`,
    repo: 'made-up/sources',
    commit: '0'.repeat(40),
    path: file,
    local: file,
    sha256: sha256(bytes),
    bytes: Math.max(1, bytes.length),
    license: 'test fixture',
    format,
    provides: 'made-up test data',
  };
}

export function madeUpManifest(dir = MADE_UP_SOURCES): ManifestEntry[] {
  return [
    madeUpEntry('made-up-sheet.csv', 'c2f-sheet', dir),
    madeUpEntry('made-up-observation.csv', 'rdr-observation', dir),
    madeUpEntry('made-up-observation-conflict.csv', 'rdr-observation', dir),
    madeUpEntry('made-up-branching.csv', 'curation-branching', dir),
  ];
}
