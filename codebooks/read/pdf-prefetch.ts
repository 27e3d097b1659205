// The instrument PDFs are most of a cold build's work (pdf.js in worker threads). The build's CLI
// starts reading them here, largest first, before it loads the rest of the build's code (about
// two seconds on this thread, with the other core idle); the importers then take the results
// (prefetchPdf). Only files whose bytes are the ones the manifest pins are started: the build
// itself still locates and checks every file, and reports any problem.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CACHE_DIR, defaultDirs } from '../sources/locate';
import { prefetchPdf } from './pdf-pool';

const MANIFEST = join(import.meta.dirname, '..', 'sources', 'manifest.json');

interface PdfEntry {
  local: string;
  sha256: string;
  bytes: number;
}

/** The manifest's instrument PDFs, largest first; none when the manifest cannot be read (the build says why). */
function instrumentPdfs(path: string): PdfEntry[] {
  try {
    const entries = JSON.parse(readFileSync(path, 'utf8')) as ({ format?: unknown } & PdfEntry)[];
    return entries.filter((e) => e.format === 'instrument-pdf' && typeof e.local === 'string' && typeof e.sha256 === 'string').sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0));
  } catch {
    return [];
  }
}

/** Starts every instrument PDF found where the build looks for it; returns how many were started. */
export function prefetchInstrumentPdfs(manifestPath = MANIFEST, dirs = [...defaultDirs(), process.env.PPI_SOURCES_CACHE ?? DEFAULT_CACHE_DIR]): number {
  let started = 0;
  for (const e of instrumentPdfs(manifestPath)) {
    const path = dirs.map((d) => join(d, e.local)).find((p) => existsSync(p));
    if (!path) continue;
    try {
      if (prefetchPdf(new Uint8Array(readFileSync(path)), e.sha256)) started++;
    } catch {
      // unreadable: the build reports it
    }
  }
  return started;
}
