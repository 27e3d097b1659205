import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importInstrumentPdf } from '../../../codebooks/importers/instrument-pdf/index';
import { parseFootnoteNumbers, stripFootnotes } from '../../../codebooks/importers/instrument-pdf/footnotes';
import type { ImportResult } from '../../../codebooks/model/records';
import { SourceError } from '../../../codebooks/errors';
import { fixtureSource, FIXTURES } from '../../helpers/sources';
import { bodyLine, makePdf, runningHeader, type PdfTextRun } from '../../helpers/pdf-writer';
import { tempDirUntilAfterAll } from '../../helpers/temp-dir';

const FIXTURE = 'pdf/made-up-instrument.pdf';
const meta = { module: 'FakeModule', language: 'en' as const, edition: 'Made-up 2099' };

const line = bodyLine;
const header = runningHeader;

function madeUpInstrument(): Uint8Array {
  const page1 = [
    ...header(),
    { text: 'Made-up Module', x: 250, y: 90, size: 18 },
    ...line('This made-up survey exists only for tests.', 72, 125),
    ...line('Have you ever seen a FakeModule_Q1 unicorn?', 72, 170, '1, 2'),
    ...line('[Original Source Question Text: Have you seen a', 72, 185),
    ...line('unicorn?]', 72, 200),
    ...line('• Yes', 90, 215),
    ...line('Branching Logic: when “Yes” selected, then:', 108, 230),
    ...line('How many FakeModule_Q2 unicorns did you see?', 108, 245, '3'),
    ...line('• Enter response', 126, 260),
    ...line('• Prefer not to answer', 126, 275),
    ...line('• No', 90, 290),
    { text: '1', x: 534, y: 740, size: 11 },
  ];
  const page2 = [
    ...header(),
    ...line('How often does FakeModule_Q3 dream of dragons?', 72, 100, '2'),
    ...line('• Often', 90, 115),
    ...line('• Never', 90, 130),
    ...line('Sources', 72, 170),
    ...line('1. Made-up Survey of Unicorns (MSU). Springfield, ZZ: Fake Institute. Available from:', 90, 185),
    ...line('https://example.org/made-up', 108, 200),
    ...line('a. Year of Original Source: 1999', 126, 215),
    ...line('b. Brief Description of Source: An invented survey for tests.', 126, 230),
    ...line('2. Developed for use by the made-up module', 90, 245),
    ...line('a. Year of Original Source: Not Applicable', 126, 260),
    ...line('3. Another Fake Study. Nowhere, ZZ: Fake Org. Available from: https://example.org/wrapped-', 90, 275),
    ...line('url-part', 108, 290),
    { text: '2', x: 534, y: 740, size: 11 },
  ];
  return makePdf([page1, page2]);
}

describe('importInstrumentPdf on a made-up instrument', () => {
  let result: ImportResult;
  beforeAll(async () => {
    mkdirSync(join(FIXTURES, 'pdf'), { recursive: true });
    writeFileSync(join(FIXTURES, FIXTURE), madeUpInstrument());
    result = await importInstrumentPdf(fixtureSource(FIXTURE, 'instrument-pdf', meta));
  });

  it('describes the document', () => {
    expect(result.documents).toEqual([
      expect.objectContaining({ module: 'FakeModule', language: 'en', edition: 'Made-up 2099', title: 'Made-up Module', pages: 2 }),
    ]);
  });

  it('finds the questions with footnotes, original wording, branching and answers', () => {
    expect(result.printed.map((q) => q.text)).toEqual([
      'Have you ever seen a FakeModule_Q1 unicorn?',
      'How many FakeModule_Q2 unicorns did you see?',
      'How often does FakeModule_Q3 dream of dragons?',
    ]);
    const [q1, q2, q3] = result.printed;
    expect(q1).toMatchObject({ footnotes: [1, 2], originalText: 'Have you seen a unicorn?', branchingProse: null, answers: ['Yes', 'No'], page: 1, sequence: 1 });
    expect(q2).toMatchObject({ footnotes: [3], branchingProse: 'Branching Logic: when “Yes” selected, then:', answers: ['Enter response', 'Prefer not to answer'] });
    expect(q3).toMatchObject({ footnotes: [2], originalText: null, branchingProse: null, answers: ['Often', 'Never'], page: 2, sequence: 3 });
    expect(q1!.prov).toEqual({ source: 'fixture:made-up-instrument.pdf', at: 'page 1' });
  });

  it('reads the Sources section', () => {
    expect(result.instruments).toHaveLength(3);
    expect(result.instruments[0]).toMatchObject({
      number: 1,
      name: 'Made-up Survey of Unicorns (MSU)',
      shortName: 'MSU',
      organization: 'Fake Institute',
      url: 'https://example.org/made-up',
      year: '1999',
      description: 'An invented survey for tests.',
    });
    expect(result.instruments[1]).toMatchObject({ number: 2, name: 'Developed for use by the made-up module', year: null, url: null });
    expect(result.instruments[2]!.url).toBe('https://example.org/wrapped-url-part');
  });
});

describe('parseFootnoteNumbers', () => {
  it('reads lists and ranges', () => {
    expect(parseFootnoteNumbers('1, 2')).toEqual([1, 2]);
    expect(parseFootnoteNumbers('1–3')).toEqual([1, 2, 3]);
    expect(parseFootnoteNumbers('2,4')).toEqual([2, 4]);
    expect(parseFootnoteNumbers('1 & 3')).toEqual([1, 3]);
  });
});

describe('stripFootnotes (made-up spans)', () => {
  const span = (text: string, x: number, width: number, sup = false) => ({ text, x, width, size: sup ? 7 : 12, sup });
  const lineOf = (...spans: ReturnType<typeof span>[]) => ({ page: 1, x: 0, y: 0, size: 12, text: spans.map((s) => s.text).join(''), spans });
  it('reads a two-digit footnote printed as two touching superscript items as one number', () => {
    // As in a PDF that writes "…stressed”?" then "1" and "1" as separate items.
    const got = stripFootnotes([lineOf(span('Were you stressed?', 0, 100), span('1', 100, 4, true), span('4', 104, 4, true))]);
    expect(got).toEqual({ text: 'Were you stressed?', footnotes: [14] });
  });
  it('keeps superscripts apart when a gap or a comma separates them', () => {
    expect(stripFootnotes([lineOf(span('Q?', 0, 20), span('1', 20, 4, true), span('4', 30, 4, true))]).footnotes).toEqual([1, 4]);
    expect(stripFootnotes([lineOf(span('Q?', 0, 20), span('1,', 20, 6, true), span('2', 26, 4, true))]).footnotes).toEqual([1, 2]);
  });
});

describe('importInstrumentPdf on malformed files', () => {
  const dir = tempDirUntilAfterAll('made-up-pdf-');
  const source = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return { ...fixtureSource(FIXTURE, 'instrument-pdf', meta), path, name: `made-up/${name}` };
  };
  const fails = async (name: string, bytes: Uint8Array, where: string, field: string) => {
    const err = await Promise.resolve(importInstrumentPdf(source(name, bytes))).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    const msg = (err as Error).message;
    expect(msg).toContain(`made-up/${name}`);
    expect(msg).toContain(where);
    expect(msg).toContain(`field "${field}"`);
    return msg;
  };

  it('rejects an empty file', async () => {
    await fails('made-up-empty.pdf', new Uint8Array(0), 'byte 0', 'content');
  });

  it('rejects random bytes', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await fails('made-up-junk.pdf', junk, 'byte 0', 'header')).toContain('not a PDF');
  });

  it('rejects a truncated file', async () => {
    const whole = madeUpInstrument();
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect(await fails('made-up-truncated.pdf', cut, `byte ${cut.length}`, 'trailer')).toContain('truncated');
  });

  it('rejects a file whose body is corrupt', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< garbage >>\nendobj\ntrailer\n<< /Root 9 0 R >>\n%%EOF\n');
    await fails('made-up-corrupt.pdf', bytes, 'document', 'structure');
  });
});
