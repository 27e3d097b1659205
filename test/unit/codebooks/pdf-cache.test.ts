// The PDF text cache: a second read of the same file gives the same lines without pdf.js, a
// damaged entry is read anew, copies read together are read once, and PPI_PDF_CACHE=off writes nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../../codebooks/read/pdf-pool';
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
