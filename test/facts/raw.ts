// The raw files the fact readers read: found through the pinned manifest (same folders and
// checksums as the build), parsed with plain CSV/JSON parsing, never with the importers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadManifest, type ManifestEntry } from '../../codebooks/sources/manifest';
import { locate } from '../../codebooks/sources/locate';

/** Every manifest entry of a format, or the one entry with an id. */
export function entries(filter: (e: ManifestEntry) => boolean): ManifestEntry[] {
  return loadManifest().filter(filter);
}

export async function rawPath(id: string): Promise<string> {
  const entry = loadManifest().find((e) => e.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  const found = await locate(entry, { download: false });
  if (!found.path) throw new Error(`raw file ${id} not found (set PPI_SOURCES_DIR): ${found.origin === 'missing' ? found.reason : ''}`);
  return found.path;
}

/** CSV records keyed by header, each with its 1-based data row number (header excluded). */
export async function csvRows(id: string, opts: { backslashQuotes?: boolean } = {}): Promise<{ row: number; v: Record<string, string> }[]> {
  let text = readFileSync(await rawPath(id), 'utf8');
  // A database dump escapes quotes as \" where CSV doubles them.
  if (opts.backslashQuotes) text = text.replaceAll('\\"', '""');
  const records: Record<string, string>[] = parse(text, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true });
  return records.map((v, i) => ({ row: i + 1, v }));
}

/**
 * The allofus package's .rda files as the sources folder's CSV conversion of them
 * (roux-ohdsi__allofus/_derived_csv/: same values, NA as an empty cell), beside the pinned .rda.
 */
export async function derivedCsvRows(id: string, csvName: string): Promise<{ row: number; v: Record<string, string> }[]> {
  const rda = await rawPath(id);
  const text = readFileSync(join(dirname(dirname(rda)), '_derived_csv', csvName), 'utf8');
  const records: Record<string, string>[] = parse(text, { columns: true, bom: true, skip_empty_lines: true });
  return records.map((v, i) => ({ row: i + 1, v }));
}

export async function jsonFile<T = unknown>(id: string): Promise<T> {
  return JSON.parse(readFileSync(await rawPath(id), 'utf8')) as T;
}
