// The main views every page-wide check walks (sideways scrolling, English leftovers): one of each
// kind of page, with the survey, instrument and PDF that fill it most, read from the database.
import { fromDb } from './explorer';
import { expectInstruments } from './search-scenario';

export function mainViews(): string[] {
  const pdf = fromDb((db) => db.prepare(`SELECT id FROM documents WHERE file = 'Lifestyle.pdf'`).get() as { id: number });
  const instrument = expectInstruments().find((i) => i.questionCount > 0)!;
  return [
    '#/surveys',
    '#/surveys/pfhh',
    '#/item/Smoking_SmokeFrequency',
    '#/search?q=cigarrillos',
    '#/sources',
    `#/sources/${encodeURIComponent(instrument.key)}`,
    '#/about',
    '#/lists',
    `#/pdf/${pdf.id}`,
    '#/present/lifestyle',
  ];
}
