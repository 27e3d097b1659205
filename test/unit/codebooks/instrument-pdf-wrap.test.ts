// A question wrapped over lines or pages is read whole. Made-up Spanish instrument: some
// instruments print the letter "o" as their answer bullet (its own text run), while a wrapped
// Spanish line may start with the word "o" (or). Before the fix, "…con la bebida / o que era
// alcohólico?" was cut after "bebida" and its second line taken for an answer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importInstrumentPdf } from '../../../codebooks/importers/instrument-pdf/index';
import type { ImportResult } from '../../../codebooks/model/records';
import { fixtureSource, FIXTURES } from '../../helpers/sources';
import { bodyLine, makePdf, runningHeader, type PdfTextRun } from '../../helpers/pdf-writer';

const FIXTURE = 'pdf/made-up-wrapped-spanish.pdf';
const meta = { module: 'FakeModule', language: 'es' as const, edition: 'Made-up 2099' };

const line = bodyLine;
const header = runningHeader;
/** An answer printed with the letter "o" as its bullet glyph, a run of its own. */
const answer = (text: string, x: number, y: number): PdfTextRun[] => [
  { text: 'o', x, y, size: 12 },
  { text, x: x + 18, y, size: 12 },
];

function madeUpInstrument(): Uint8Array {
  const page1 = [
    ...header(),
    ...line('¿Ha visto alguna vez un unicornio inventado en su jardín', 72, 100),
    ...line('o en el de algún vecino?', 72, 115, '1'),
    ...answer('Sí', 90, 130),
    ...answer('No', 90, 145),
    ...line('¿Con qué frecuencia sueña con dragones, con grifos', 72, 175),
    ...line('o con otros animales inventados?', 72, 190, '2'),
    ...answer('cigarrillos por día _____', 90, 205),
    ...answer('Nunca', 90, 220),
    ...line('¿Cuántos unicornios vio durante el último año, contando los', 72, 700),
    { text: '1', x: 534, y: 740, size: 11 },
  ];
  const page2 = [
    ...header(),
    ...line('que vio en sueños?', 72, 100, '3'),
    ...answer('Ninguno', 90, 115),
    ...answer('Prefiero no responder', 90, 130),
    { text: '2', x: 534, y: 740, size: 11 },
  ];
  return makePdf([page1, page2]);
}

describe('instrument PDF: questions wrapped over lines and pages', () => {
  let result: ImportResult;
  beforeAll(async () => {
    mkdirSync(join(FIXTURES, 'pdf'), { recursive: true });
    writeFileSync(join(FIXTURES, FIXTURE), madeUpInstrument());
    result = await importInstrumentPdf(fixtureSource(FIXTURE, 'instrument-pdf', meta));
  });

  it('keeps a line that starts with the word "o" in its question', () => {
    expect(result.printed.map((q) => q.text)).toEqual([
      '¿Ha visto alguna vez un unicornio inventado en su jardín o en el de algún vecino?',
      '¿Con qué frecuencia sueña con dragones, con grifos o con otros animales inventados?',
      '¿Cuántos unicornios vio durante el último año, contando los que vio en sueños?',
    ]);
  });

  it('still reads the letter "o" printed as a bullet glyph as an answer', () => {
    expect(result.printed.map((q) => q.answers)).toEqual([
      ['Sí', 'No'],
      ['cigarrillos por día _____', 'Nunca'],
      ['Ninguno', 'Prefiero no responder'],
    ]);
    expect(result.printed.map((q) => q.footnotes)).toEqual([[1], [2], [3]]);
  });
});
