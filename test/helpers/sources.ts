// Test access to source files: the real ones through the manifest, and made-up fixtures
// wrapped in a manifest entry of their own.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadManifest, type ManifestEntry } from '../../codebooks/sources/manifest';
import { locate, sha256 } from '../../codebooks/sources/locate';
import { sourceFile, type SourceFile } from '../../codebooks/importers/types';
import { SourceError } from '../../codebooks/errors';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The real source file with this manifest id (from ../shared/codebooks-raw or the cache). */
export async function realSource(id: string): Promise<SourceFile> {
  const entry = loadManifest().find((e) => e.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  const found = await locate(entry);
  if (found.origin === 'missing') throw new Error(`source ${id} is missing: ${found.reason}`);
  return sourceFile(entry, found.path);
}

export function realEntries(format: string): ManifestEntry[] {
  return loadManifest().filter((e) => e.format === format);
}

/** A fixture file (under test/fixtures) presented as a source of the given format. */
export function fixtureSource(relPath: string, format: string, extra: Partial<ManifestEntry> = {}): SourceFile {
  const path = join(FIXTURES, relPath);
  const bytes = readFileSync(path);
  const entry: ManifestEntry = {
    id: `fixture:${basename(relPath)}`,
    repo: 'fixtures/made-up',
    commit: '0'.repeat(40),
    path: relPath,
    local: `test/fixtures/${relPath}`,
    sha256: sha256(bytes),
    bytes: Math.max(1, bytes.length),
    license: 'test fixture',
    format,
    provides: 'test',
    ...extra,
  };
  return sourceFile(entry, path);
}

/** The SourceError an import throws (the test fails if it throws something else or nothing). */
export async function sourceErrorOf(name: string, run: () => unknown): Promise<SourceError> {
  try {
    await run();
  } catch (e) {
    if (!(e instanceof SourceError)) throw new Error(`${name}: expected a SourceError, got ${String(e)}`);
    return e;
  }
  throw new Error(`${name} was imported without an error`);
}
