// PDFs started ahead of the build (codebooks/read/pdf-prefetch.ts): the first reader of the same
// bytes gets that read, nothing is kept once it is taken, and only the manifest's bytes are started.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefetchPdf, readPdfPages } from '../../../codebooks/read/pdf-pool';
import { prefetchInstrumentPdfs } from '../../../codebooks/read/pdf-prefetch';
import { realSource } from '../../helpers/sources';

let dir: string;
const saved = { dir: process.env.PPI_PDF_CACHE_DIR, off: process.env.PPI_PDF_CACHE };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-prefetch-'));
  process.env.PPI_PDF_CACHE_DIR = dir;
  delete process.env.PPI_PDF_CACHE;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved.dir === undefined) delete process.env.PPI_PDF_CACHE_DIR;
  else process.env.PPI_PDF_CACHE_DIR = saved.dir;
  if (saved.off === undefined) delete process.env.PPI_PDF_CACHE;
  else process.env.PPI_PDF_CACHE = saved.off;
});

async function cacheEntry(): Promise<string> {
  for (let i = 0; i < 600 && readdirSync(dir).filter((f) => f.endsWith('.json')).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.json'))!);
}

describe('PDFs read ahead', () => {
  it('gives the read started ahead to the next reader of the same bytes, once', async () => {
    const src = await realSource('pdf:Lifestyle.pdf');
    const bytes = new Uint8Array(readFileSync(src.path));
    expect(prefetchPdf(bytes, '0'.repeat(64))).toBe(false); // not the pinned bytes: not started
    expect(readdirSync(dir)).toEqual([]);
    expect(prefetchPdf(bytes, src.entry.sha256)).toBe(true);
    // The read ahead ends by writing its cache entry; the entry is then changed under it.
    const entry = await cacheEntry();
    const cached = JSON.parse(readFileSync(entry, 'utf8')) as { str: string }[][];
    const original = cached[0]![0]!.str;
    cached[0]![0]!.str = `ZZ${original}`;
    writeFileSync(entry, JSON.stringify(cached));
    // Two copies asked for together share the read made ahead (not the changed entry).
    const [a, b] = await Promise.all([readPdfPages(bytes), readPdfPages(new Uint8Array(bytes))]);
    expect(a).toBe(b);
    expect(a.ok && a.pages[0]![0]!.str).toBe(original);
    // Taken: the next read is a new one, from the (changed) cache.
    const c = await readPdfPages(bytes);
    expect(c.ok && c.pages[0]![0]!.str).toBe(`ZZ${original}`);
  }, 60_000);

  it('starts the manifest instrument PDFs found with their pinned bytes, and nothing else', async () => {
    const src = await realSource('pdf:Lifestyle.pdf');
    const root = dirname(dirname(src.path));
    const local = relative(root, src.path);
    const manifest = join(dir, 'made-up-manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify([
        { format: 'instrument-pdf', local, sha256: src.entry.sha256, bytes: 1 },
        { format: 'instrument-pdf', local, sha256: 'f'.repeat(64), bytes: 2 }, // other bytes pinned
        { format: 'instrument-pdf', local: 'made-up/missing.pdf', sha256: src.entry.sha256, bytes: 3 },
        { format: 'allofus-csv', local, sha256: src.entry.sha256, bytes: 4 }, // not a PDF entry
      ]),
    );
    expect(prefetchInstrumentPdfs(manifest, [join(dir, 'nowhere'), root])).toBe(1);
    await cacheEntry();
    expect((await readPdfPages(new Uint8Array(readFileSync(src.path)))).ok).toBe(true);
    expect(prefetchInstrumentPdfs(join(dir, 'no-manifest.json'), [root])).toBe(0);
    expect(existsSync(join(dir, 'no-manifest.json'))).toBe(false);
  }, 60_000);
});
