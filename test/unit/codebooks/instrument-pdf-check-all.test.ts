// Two layout slips of the PFHH English PDF, on a made-up instrument: a bullet printed before a
// "Branching logic:" statement (p.26, acid reflux) made the statement an answer and ended the
// checklist there; "Select" printed out of its question's indent (p.56, muscular dystrophy) made
// "Select all that apply." a question of its own, which took the checklist's later answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importInstrumentPdf } from '../../../codebooks/importers/instrument-pdf/index';
import type { ImportResult } from '../../../codebooks/model/records';
import { fixtureSource, FIXTURES } from '../../helpers/sources';
import { bodyLine as line, makePdf, runningHeader as header, type PdfTextRun } from '../../helpers/pdf-writer';

const FIXTURE = 'pdf/made-up-check-all-slips.pdf';
const meta = { module: 'FakeModule', language: 'en' as const, edition: 'Made-up 2099' };

const bullet = (glyph: string, text: string, x: number, y: number): PdfTextRun[] => [
  { text: glyph, x, y, size: 12 },
  { text, x: x + 18, y, size: 12 },
];

function madeUpInstrument(): Uint8Array {
  return makePdf([
    [
      ...header(),
      ...line('Has anyone in your family ever met the following made-up creatures? Select all that apply.', 108, 100, '1'),
      ...bullet('•', 'Unicorns', 126, 115),
      ...bullet('•', 'Branching logic: when “Unicorns” selected, then:', 126, 130),
      ...line('Including yourself, who in your family has met unicorns? Select all that', 144, 145),
      ...line('apply.', 108, 160, '1'),
      ...bullet('•', 'Self', 162, 175),
      ...bullet('•', 'Cousin', 162, 190),
      ...bullet('•', 'Griffins', 126, 205),
      ...line('Branching logic: when “Griffins” selected, then:', 144, 220),
      ...line('Including yourself, who in your family has met griffins?', 144, 235),
      ...line('Select', 108, 250),
      ...line('all that apply.', 144, 265, '1'),
      ...bullet('•', 'Self', 162, 280),
      ...bullet('•', 'Cousin', 162, 295),
      ...bullet('•', 'Dragons', 126, 310),
      ...bullet('•', 'None of the above', 126, 325),
    ],
  ]);
}

describe('instrument PDF: a check-all list printed with layout slips', () => {
  let result: ImportResult;
  beforeAll(async () => {
    mkdirSync(join(FIXTURES, 'pdf'), { recursive: true });
    writeFileSync(join(FIXTURES, FIXTURE), madeUpInstrument());
    result = await importInstrumentPdf(fixtureSource(FIXTURE, 'instrument-pdf', meta));
  });

  it('reads each question whole, with its own answers', () => {
    expect(result.printed.map((q) => [q.text, q.answers])).toEqual([
      ['Has anyone in your family ever met the following made-up creatures? Select all that apply.', ['Unicorns', 'Griffins', 'Dragons', 'None of the above']],
      ['Including yourself, who in your family has met unicorns? Select all that apply.', ['Self', 'Cousin']],
      ['Including yourself, who in your family has met griffins? Select all that apply.', ['Self', 'Cousin']],
    ]);
  });

  it('keeps a bulleted branching statement as the follow-up\'s branching prose', () => {
    expect(result.printed[1]!.branchingProse).toBe('Branching logic: when “Unicorns” selected, then:');
  });
});
