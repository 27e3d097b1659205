import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../codebooks/errors';
import { asDataFrame, parseRda, readRdaFile, type RValue } from '../../../codebooks/read/rda';
import { parseCsv } from '../../../codebooks/read/csv';
import { madeUpCodebook } from '../../helpers/allofus-made-up';
import { chr, dataFrame, dbl, gzipRda, int, rdaBytes, XdrWriter, type WValue } from '../../helpers/rda-writer';
import { FIXTURES, realSource } from '../../helpers/sources';

const F = 'made-up.rda';

function fails(bytes: Uint8Array, ...parts: (string | RegExp)[]): SourceError {
  let error: unknown;
  try {
    parseRda(bytes, F);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SourceError);
  const message = (error as SourceError).message;
  expect(message.startsWith(`${F}: `)).toBe(true);
  for (const p of parts) expect(message).toMatch(p);
  expect(message).not.toContain('\n');
  return error as SourceError;
}

const one = (v: WValue, version: 2 | 3 = 2): RValue => parseRda(gzipRda([['FakeObject', v]], version), F).objects.get('FakeObject')!;

describe('R serialization reader on made-up streams', () => {
  it('reads vectors with their missing values', () => {
    const df = asDataFrame(
      one(
        dataFrame({
          fake_chr: chr(['FakeA', null, 'é ✓']),
          fake_int: int([1, null, -7]),
          fake_dbl: dbl([1.5, null, NaN]),
          fake_lgl: { t: 'lgl', v: [true, null, false] },
          fake_factor: { t: 'int', v: [2, 1, null], attrs: [['levels', chr(['FakeLow', 'FakeHigh'])], ['class', chr(['factor'])]] },
          fake_date: { t: 'dbl', v: [0, 19000, null], attrs: [['class', chr(['Date'])]] },
        }),
      ),
      'FakeObject',
      F,
    );
    expect(df.nrow).toBe(3);
    expect(df.columns).toEqual(['fake_chr', 'fake_int', 'fake_dbl', 'fake_lgl', 'fake_factor', 'fake_date']);
    const rows = [0, 1, 2].map((i) => df.columns.map((c) => df.text(c, i)));
    expect(rows).toEqual([
      ['FakeA', '1', '1.5', 'TRUE', 'FakeHigh', '1970-01-01'],
      [null, null, null, null, 'FakeLow', '2022-01-08'],
      ['é ✓', '-7', 'NaN', 'FALSE', null, null],
    ]);
    expect(df.int('fake_int', 2)).toBe(-7);
    expect(df.int('fake_dbl', 1)).toBeNull();
  });

  it('reads format version 3 (with native encoding) and repeated symbols written as references', () => {
    const v = one(dataFrame({ a: chr(['FakeX']), b: chr(['FakeY']) }), 3);
    const df = asDataFrame(v, 'FakeObject', F);
    expect([df.text('a', 0), df.text('b', 0)]).toEqual(['FakeX', 'FakeY']);
  });

  it('expands ALTREP compact integer sequences (row.names 1:n)', () => {
    const rn: WValue = { t: 'intseq', n: 3, start: 1, step: 1 };
    const v = one(dataFrame({ a: chr(['FakeA', 'FakeB', 'FakeC']) }, rn));
    expect(asDataFrame(v, 'FakeObject', F).nrow).toBe(3);
    const seq = one({ t: 'intseq', n: 4, start: 10, step: 2, attrs: [['names', chr(['w', 'x', 'y', 'z'])]] });
    expect(seq.type === 'integer' && seq.data).toEqual([10, 12, 14, 16]);
    expect(seq.attributes.get('names')).toBeDefined();
  });

  it('decodes strings marked Latin-1, and rejects unmarked bytes that are not UTF-8', () => {
    const v = one(chr(['caf\u00e9'], 'latin1'));
    expect(v.type === 'character' && v.data).toEqual(['café']);
    const e = fails(gzipRda([['FakeObject', chr(['FakeOk', 'caf\u00e9'], 'unmarked-latin1-bytes')]]), /Latin-1/, /byte 0xe9/);
    expect(e.row).toMatch(/^byte \d+ of the decompressed data$/);
    expect(e.field).toBe('FakeObject[2]');
  });

  it('accepts an uncompressed file', () => {
    expect(parseRda(rdaBytes([['FakeObject', int([1])]]), F).objects.has('FakeObject')).toBe(true);
  });

  it('reads the committed made-up bzip2 fixture, which is the writer output compressed', () => {
    const rda = readRdaFile(`${FIXTURES}/allofus-rda/made-up-aou_codebook.rda`, F);
    expect(rda.compression).toBe('bzip2');
    const df = asDataFrame(rda.objects.get('aou_codebook')!, 'aou_codebook', F);
    expect(df.nrow).toBe(4);
    expect(df.text('choices', 0)).toBe('FakeQ1_Yes, Yes | FakeQ1_No, No, not really');
    const unzipped = parseRda(rdaBytes(madeUpCodebook()), F);
    expect(asDataFrame(unzipped.objects.get('aou_codebook')!, 'aou_codebook', F).text('choices', 0)).toBe(df.text('choices', 0));
  });
});

describe('R serialization reader on malformed input', () => {
  const good = rdaBytes([['FakeObject', dataFrame({ fake_code: chr(['FakeModule_Q1', 'FakeModule_Q2']) })]]);
  const bz = readFileSync(`${FIXTURES}/allofus-rda/made-up-aou_codebook.rda`);

  it('an empty file', () => fails(new Uint8Array(0), /byte 0/, /field "compression"/, /empty/));
  it('a file that is not an .rda (e.g. a ZIP or text with a BOM)', () => {
    fails(Buffer.from('PK\u0003\u0004fake'), /byte 0/, /field "compression"/, /504b0304/);
    fails(Buffer.from('\ufeffRDX2\n'), /field "compression"/, /efbbbf/);
  });
  it('compressed data that is not an R save file', () => fails(gzipSync('FakeModule_Q1,1\r\n'), /byte 0 of the decompressed data/, /field "magic"/, /RDX2/));
  it('a corrupt gzip stream', () => fails(gzipSync(good).subarray(0, 30), /field "compression"/, /gzip/));
  it('a corrupt bzip2 stream', () => {
    const bad = Buffer.from(bz);
    for (let i = 40; i < 60; i++) bad[i] = bad[i]! ^ 0x5a;
    fails(bad, /byte \d+/, /field "compression"/, /bzip2 data is corrupt/);
  });
  it('a truncated bzip2 file', () => fails(bz.subarray(0, bz.length - 20), /byte \d+/, /field "compression"/, /bzip2/));
  it('a serialization truncated inside a string vector', () => {
    const e = fails(gzipSync(good.subarray(0, good.length - 60)), /truncated/, /byte \d+ of the decompressed data/);
    expect(e.field).toMatch(/^FakeObject/);
  });
  it('the ASCII serialization format', () => {
    fails(Buffer.concat([Buffer.from('RDX2\nA\n2\n')]), /byte 5/, /XDR/);
  });
  it('a reference to an object never written', () => {
    const w = new XdrWriter().raw(Buffer.from('RDX2\nX\n')).int(2).int(0x040301).int(0x020300);
    w.flags(2, { tag: true }).int((7 << 8) | 255);
    fails(w.bytes(), /reference 7/, /field "\(top\)<tag 1>"/);
  });
  it('an unknown object type', () => {
    fails(rdaBytes([['FakeObject', { t: 'bytes', bytes: [0, 0, 0, 99] }]]), /type 99/, /field "FakeObject"/);
  });
  it('a vector longer than the data left', () => {
    fails(rdaBytes([['FakeObject', { t: 'bytes', bytes: [0, 0, 0, 13, 0x10, 0, 0, 0] }]]), /needs at least/, /field "FakeObject"/);
  });
  it('a data frame whose columns differ in length', () => {
    const v = one(dataFrame({ a: chr(['FakeA', 'FakeB']), b: chr(['FakeC']) }));
    expect(() => asDataFrame(v, 'FakeObject', F)).toThrow(/made-up.rda: object FakeObject, field "b": has 1 values but the data frame has 2 rows/);
  });
  it('an object that is not a data frame', () => {
    expect(() => asDataFrame(one(int([1])), 'FakeObject', F)).toThrow(/object FakeObject: expected a data.frame/);
  });
});

describe('R serialization reader on the allofus package files', () => {
  for (const name of ['aou_codebook', 'aou_health_history', 'aou_concept_codes']) {
    it(`${name}.rda gives the same cells as the hand-made CSV conversion (NA = empty cell)`, async () => {
      const file = await realSource(`allofus:${name}.rda`);
      const rda = readRdaFile(file.path, file.name);
      expect([...rda.objects.keys()]).toEqual([name]);
      const df = asDataFrame(rda.objects.get(name)!, name, file.name);
      // The hand-made conversion next to data/ (not upstream, used only to cross-check).
      const derived = join(dirname(file.path), '..', '_derived_csv', `${name}.csv`);
      const csv = parseCsv(readFileSync(derived, 'utf8'), `${name}.csv`, { required: [] });
      expect(df.columns).toEqual(csv.header);
      expect(df.nrow).toBe(csv.rows.length);
      for (let i = 0; i < df.nrow; i++) {
        for (const c of df.columns) {
          const cell = df.text(c, i);
          if (cell !== (csv.rows[i]!.values[c] || null)) expect(`${name} row ${i + 1} ${c}: ${cell}`).toBe(csv.rows[i]!.values[c]);
        }
      }
    });
  }

  it('keeps NA apart from text, as looked up in the files', async () => {
    const file = await realSource('allofus:aou_codebook.rda');
    const df = asDataFrame(readRdaFile(file.path, file.name).objects.get('aou_codebook')!, 'aou_codebook', file.name);
    // aou_codebook row 1 (_derived_csv/aou_codebook.csv line 2): choices filled, standard_concept empty.
    expect(df.text('concept_code', 0)).toBe('thebasics_birthplace');
    expect(df.int('concept_id', 0)).toBe(1586135);
    expect(df.text('choices', 0)).toBe('Birthplace_USA, USA | PMI_Other, Other');
    expect(df.text('standard_concept', 0)).toBeNull();
    expect(df.text('valid_start_date', 0)).toBe('2017-04-24');
  });
});
