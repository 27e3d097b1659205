// The PDF text cache: a second read of the same file gives the same lines without pdf.js, a
// damaged entry is read anew, copies read together are read once, and PPI_PDF_CACHE=off writes nothing.
// PDFs started ahead of the build (codebooks/read/pdf-prefetch.ts): the first reader of the same
// bytes gets that read, nothing is kept once it is taken, and only the manifest's bytes are started.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefetchPdf, readPdfPages } from '../../../codebooks/read/pdf-pool';
import { prefetchInstrumentPdfs } from '../../../codebooks/read/pdf-prefetch';
import { readPdfText } from '../../../codebooks/read/pdf-text';
import { realSource } from '../../helpers/sources';

let dir: string;
const saved = { dir: process.env.PPI_PDF_CACHE_DIR, off: process.env.PPI_PDF_CACHE };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
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

describe('PDF text cache', () => {
  it('stores one entry per file and gives the same lines from it', async () => {
    const src = await realSource('pdf:Lifestyle.pdf');
    const first = await readPdfText(src.path, src.name);
    const entries = readdirSync(dir);
    expect(entries).toHaveLength(1);
    // The entry is named by the file's SHA-256 (the manifest's) and the reader's fingerprint.
    expect(entries[0]!.startsWith(`${src.entry.sha256}-`)).toBe(true);
    const cached = JSON.parse(readFileSync(join(dir, entries[0]!), 'utf8')) as { str: string }[][];
    expect(cached).toHaveLength(first.pages);
    const second = await readPdfText(src.path, src.name);
    expect(second).toEqual(first);
    // A cached page's items are what the lines are made of: change one and the lines follow.
    const line = first.lines[0]!;
    const item = cached[line.page - 1]!.find((i) => line.text.startsWith(i.str.trim()) && i.str.trim() !== '')!;
    item.str = `ZZ${item.str}`;
    writeFileSync(join(dir, entries[0]!), JSON.stringify(cached));
    const third = await readPdfText(src.path, src.name);
    expect(third.lines[0]!.text.startsWith('ZZ')).toBe(true);
  }, 60_000);

  it('reads a damaged entry anew and replaces it', async () => {
    const src = await realSource('pdf:Lifestyle.pdf');
    const first = await readPdfText(src.path, src.name);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '[[{"str": 1}]'); // cut off and of the wrong shape
    expect(await readPdfText(src.path, src.name)).toEqual(first);
    expect(JSON.parse(readFileSync(join(dir, entry!), 'utf8'))).toHaveLength(first.pages);
  }, 60_000);

  it('reads byte-identical copies asked for together once (one read, one result, one entry)', async () => {
    const src = await realSource('pdf:Lifestyle.pdf');
    const bytes = readFileSync(src.path);
    // Two separate buffers of the same bytes, as two manifest entries of one file give.
    const [a, b] = await Promise.all([readPdfPages(new Uint8Array(bytes)), readPdfPages(new Uint8Array(bytes))]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toBe(b);
    expect(readdirSync(dir)).toHaveLength(1);
    // Once settled, a later read is a new one (here from the cache): nothing is held for the process.
    const c = await readPdfPages(new Uint8Array(bytes));
    expect(c).not.toBe(a);
    expect(c.ok && c.pages).toEqual(a.ok && a.pages);
  }, 60_000);

  it('writes nothing when PPI_PDF_CACHE=off', async () => {
    process.env.PPI_PDF_CACHE = 'off';
    const src = await realSource('pdf:Lifestyle.pdf');
    expect((await readPdfText(src.path, src.name)).pages).toBe(11);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
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
    // Two copies asked for together share one read (reads under way are shared anyway); that it is
    // the read made ahead shows in its text: the original, not the changed entry's.
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
  }, 60_000);
});
