// The PDF worker's change to pdf.js (TextState.clone without prototype chains, for speed): it
// applies to the installed pdf.js, at one place only, and the items read with it are the ones
// pdf.js as published reads, on real instrument PDFs and a made-up one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { patchTextStateClone, readPages } from '../../../codebooks/read/pdf-items-read.mjs';
import { readPdfPages } from '../../../codebooks/read/pdf-pool';
import { FIXTURES, realSource } from '../../helpers/sources';

const patch = patchTextStateClone as (source: string) => string | null;
const workerSource = () => readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

describe('patchTextStateClone', () => {
  it('changes the installed pdf.js at TextState.clone, and nothing else', () => {
    const source = workerSource();
    const patched = patch(source);
    expect(patched).not.toBeNull();
    const [before, after] = [source.split('\n'), patched!.split('\n')];
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line.trim(), after[i]!.trim()]]));
    expect(changed).toEqual([['const clone = Object.assign(Object.create(this), this);', 'const clone = Object.assign(new TextState(), this);']]);
    // The changed line is TextState's clone (the class opens just above it).
    const at = before.findIndex((line, i) => line !== after[i]);
    expect(before.slice(at - 60, at).some((line) => line === 'class TextState {')).toBe(true);
  });

  it('leaves a source without the line, or with it twice, to be used as published', () => {
    const source = workerSource();
    const line = '    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();';
    expect(patch(source.replace(line, '    const clone = Object.create(this);\n    clone.textMatrix = this.textMatrix.slice();'))).toBeNull();
    expect(patch(source + '\n' + line)).toBeNull();
  });
});

describe('items read with the change', () => {
  const saved = process.env.PPI_PDF_CACHE;
  beforeAll(() => {
    process.env.PPI_PDF_CACHE = 'off';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PPI_PDF_CACHE;
    else process.env.PPI_PDF_CACHE = saved;
  });

  it('are the items pdf.js as published reads (real English and Spanish PDFs, a made-up one)', async () => {
    // This thread runs pdf.js as published (its own worker side, unchanged); the pool, the changed one.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const files = [(await realSource('pdf:Lifestyle.pdf')).path, (await realSource('pdf:COPE_survey_July_2020_Spanish.pdf')).path, join(FIXTURES, 'pdf', 'made-up-instrument.pdf')];
    for (const file of files) {
      const bytes = readFileSync(file);
      const published = (await readPages(getDocument, new Uint8Array(bytes))) as unknown[][];
      const read = await readPdfPages(new Uint8Array(bytes));
      expect(read.ok).toBe(true);
      expect(published.flat().length).toBeGreaterThan(20);
      expect(read.ok && read.pages).toEqual(published);
    }
  }, 120_000);
});
