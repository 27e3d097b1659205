import type { ImportResult } from '../model/records';
import type { ManifestEntry } from '../sources/manifest';

/** A located source file handed to an importer. */
export interface SourceFile {
  entry: ManifestEntry;
  /** Absolute path to read. */
  path: string;
  /** How errors name the file: its path inside the sources folder. */
  name: string;
}

/**
 * Reads one source file into records. Throws SourceError (file, row, field) on malformed input;
 * never returns partial results silently.
 */
export type Importer = (file: SourceFile) => ImportResult | Promise<ImportResult>;

export function sourceFile(entry: ManifestEntry, path: string): SourceFile {
  return { entry, path, name: entry.local };
}
