import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ManifestEntry } from './manifest';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_SHARED_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'codebooks-raw');
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache', 'sources');
export const DEFAULT_BASE_URL = 'https://raw.githubusercontent.com';

export interface LocateOptions {
  /** Folders searched in order; defaults to $PPI_SOURCES_DIR then ../shared/codebooks-raw. */
  dirs?: string[];
  cacheDir?: string;
  /** Where pinned upstream files are downloaded from: `<base>/<repo>/<commit>/<path>`. */
  baseUrl?: string;
  /** false: never download; a file not found locally is reported missing. */
  download?: boolean;
  fetchImpl?: typeof fetch;
}

export type Located =
  | { entry: ManifestEntry; path: string; origin: 'local' | 'cache' | 'download' }
  | { entry: ManifestEntry; path: null; origin: 'missing'; reason: string };

export class ChecksumError extends Error {}

export function defaultDirs(env = process.env): string[] {
  return [env.PPI_SOURCES_DIR, DEFAULT_SHARED_DIR].filter((d): d is string => !!d);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Finds one source file locally, in the cache, or downloads it at its pinned commit. */
export async function locate(entry: ManifestEntry, options: LocateOptions = {}): Promise<Located> {
  const dirs = options.dirs ?? defaultDirs();
  for (const dir of dirs) {
    const candidate = join(dir, entry.local);
    if (!existsSync(candidate)) continue;
    const got = sha256(readFileSync(candidate));
    if (got !== entry.sha256) {
      throw new ChecksumError(`${candidate}: SHA-256 is ${got}, but the manifest pins ${entry.sha256} (${entry.repo}@${entry.commit.slice(0, 7)})`);
    }
    return { entry, path: candidate, origin: 'local' };
  }
  const cacheDir = options.cacheDir ?? process.env.PPI_SOURCES_CACHE ?? DEFAULT_CACHE_DIR;
  const cached = join(cacheDir, entry.local);
  if (existsSync(cached) && sha256(readFileSync(cached)) === entry.sha256) return { entry, path: cached, origin: 'cache' };
  const download = options.download ?? process.env.PPI_OFFLINE !== '1';
  if (!download) return { entry, path: null, origin: 'missing', reason: `not found in ${dirs.join(' or ')}` };
  const url = downloadUrl(entry, options.baseUrl ?? process.env.PPI_SOURCES_BASE_URL ?? DEFAULT_BASE_URL);
  const bytes = await fetchBytes(url, entry, options.fetchImpl ?? fetch);
  const got = sha256(bytes);
  if (got !== entry.sha256) {
    throw new ChecksumError(`${entry.local}: downloaded from ${url} but its SHA-256 is ${got}, expected ${entry.sha256}`);
  }
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached + '.part', bytes);
  renameSync(cached + '.part', cached);
  return { entry, path: cached, origin: 'download' };
}

export function downloadUrl(entry: ManifestEntry, baseUrl: string): string {
  const path = entry.path.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/$/, '')}/${entry.repo}/${entry.commit}/${path}`;
}

async function fetchBytes(url: string, entry: ManifestEntry, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal: AbortSignal.timeout(60_000) });
  } catch (e) {
    throw new Error(`${entry.local}: not found locally and the download from ${url} failed: ${(e as Error).message}`);
  }
  if (!res.ok) throw new Error(`${entry.local}: not found locally and ${url} answered HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Locates every entry; a missing file is recorded, a checksum mismatch stops everything. */
export async function locateAll(entries: ManifestEntry[], options: LocateOptions = {}): Promise<Located[]> {
  const out: Located[] = [];
  for (const entry of entries) {
    try {
      out.push(await locate(entry, options));
    } catch (e) {
      if (e instanceof ChecksumError) throw e;
      out.push({ entry, path: null, origin: 'missing', reason: (e as Error).message });
    }
  }
  return out;
}
