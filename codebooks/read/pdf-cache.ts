// The text items pdf.js reads from a PDF depend only on the file's bytes, pdf.js and our worker:
// keep them in the build folder, keyed by all three, so a rebuild after a code change does not
// parse every instrument again. A missing, stale or unreadable entry is simply parsed anew.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../paths';
import type { RawPdfItem } from './pdf-pool';

// The worker and what it runs (pdf-items-read.mjs: how it calls pdf.js, and its change to it).
const WORKER_FILES = ['pdf-items-worker.mjs', 'pdf-items-read.mjs'].map((f) => join(import.meta.dirname, f));
const PDFJS_PACKAGE = join(import.meta.dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'package.json');

let readerFingerprint: string | null = null;

function fingerprint(): string {
  if (readerFingerprint === null) {
    const h = createHash('sha256');
    for (const f of WORKER_FILES) h.update(readFileSync(f));
    try {
      h.update(JSON.parse(readFileSync(PDFJS_PACKAGE, 'utf8')).version as string);
    } catch {
      h.update('pdfjs version unknown');
    }
    readerFingerprint = h.digest('hex').slice(0, 16);
  }
  return readerFingerprint;
}

/** The cache folder ($PPI_PDF_CACHE_DIR, else build/pdf-cache); null when PPI_PDF_CACHE=off. */
export function pdfCacheDir(env = process.env): string | null {
  if (env.PPI_PDF_CACHE === 'off') return null;
  return env.PPI_PDF_CACHE_DIR ?? join(BUILD_DIR, 'pdf-cache');
}

/** The file's SHA-256 (hex): names its cache entry and joins two reads of the same bytes. */
export function pdfKey(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function entryPath(dir: string, key: string): string {
  return join(dir, `${key}-${fingerprint()}.json`);
}

export function readCachedPages(key: string): RawPdfItem[][] | null {
  const dir = pdfCacheDir();
  if (!dir) return null;
  try {
    const pages = JSON.parse(readFileSync(entryPath(dir, key), 'utf8')) as unknown;
    const ok = Array.isArray(pages) && pages.every((p) => Array.isArray(p) && p.every((i) => typeof i?.str === 'string' && typeof i.y === 'number'));
    return ok ? (pages as RawPdfItem[][]) : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half an entry. */
export function writeCachedPages(key: string, pages: RawPdfItem[][]): void {
  const dir = pdfCacheDir();
  if (!dir) return;
  const path = entryPath(dir, key);
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(pages));
    renameSync(tmp, path);
  } catch {
    // The cache only saves time: a read-only or full disk must not fail the build.
    rmSync(tmp, { force: true });
  }
}
