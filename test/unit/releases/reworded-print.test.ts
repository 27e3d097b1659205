// COPE Nov 2020, Dec 2020 and Feb 2021 print "I have stayed home all day" reworded ("…including
// not going to a supermarket…") under the May–July original text. The three releases hold the
// question by a Data Browser version row; their answer list is the one their PDFs print, in
// English and in their own Spanish print's words (Nov and Dec "Algunos días", Feb "Varios días"),
// with no answer known only by a concept ID. Read with pdftotext and from the Data Browser CSV.
import { afterAll, describe, expect, it } from 'vitest';
import { releaseScope } from '../../../electron/services/releases/scope';
import { csvRows } from '../../facts/raw';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const ORIGINAL = 'Thinking about your current social habits, in the last 5 days: I have stayed home all day';

/** The bullets ("● …") printed first after the line at `at`. */
function bulletsAfter(lines: string[], at: number): string[] {
  let i = at + 1;
  while (i < lines.length && !lines[i]!.startsWith('●')) i++;
  const out: string[] = [];
  for (; i < lines.length && lines[i]!.startsWith('●'); i++) out.push(lines[i]!.replace(/^●\s*/, ''));
  return out;
}

async function printed(id: string, find: (lines: string[], i: number) => boolean): Promise<string[]> {
  const lines = pdfPages((await realSource(id)).path).flat().map((l) => l.text);
  const at = lines.findIndex((_, i) => find(lines, i));
  expect(at, id).toBeGreaterThan(-1);
  return bulletsAfter(lines, at);
}

describe('a reworded COPE print tied by its original text', async () => {
  // The question: the Data Browser's top-level question (path = its own ID) named by that original text.
  const rows = (await csvRows('data-browser@48667b5:survey_metadata.csv')).filter((r) => r.v.path === r.v.concept_id && r.v.concept_name!.startsWith(ORIGINAL));
  const concepts = [...new Set(rows.map((r) => Number(r.v.concept_id)))];
  const question = db.prepare("SELECT id FROM items WHERE concept_id = ? AND kind = 'question'").pluck().get(concepts[0]) as number;
  const module = db.prepare("SELECT module_id FROM releases WHERE id = 'cope-2020-11'").pluck().get() as number;
  const editions = [
    ['cope-2020-11', 'Nov_2020'],
    ['cope-2020-12', 'Dec_2020'],
    ['cope-2021-02', 'Feb_2021'],
  ] as const;

  it.each(editions)('%s lists the answers its English and Spanish PDFs print', async (release, month) => {
    expect(concepts).toHaveLength(1);
    const en = await printed(`pdf:COPE_survey_${month}_English.pdf`, (l, i) => l[i]!.includes(`[Original Source Question Text: ${ORIGINAL.slice(0, 60)}`) && `${l[i]} ${l[i + 1]}`.includes(`${ORIGINAL}.]`));
    const es = await printed(`pdf:COPE_survey_${month}_Spanish.pdf`, (l, i) => l[i]!.includes('me he quedado en casa'));
    expect(en).toHaveLength(4);
    expect(es).toHaveLength(en.length);
    const shown = releaseScope(db, module, release)!.options(question);
    expect(shown?.map((o) => o.en)).toEqual(en);
    expect(shown?.map((o) => o.es)).toEqual(es);
  });
});
