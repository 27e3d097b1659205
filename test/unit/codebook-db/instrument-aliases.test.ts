// One instrument per real instrument (issue 12), on the real database. The Sources lists are
// re-read here with pdftotext and regular expressions, not by the importers: a Spanish PDF's
// list numbers its entries as its English counterpart does, often with the scale's name where
// the English prints the paper ("5. UCLA Loneliness Scale" beside "5. Hays RD, DiMatteo MR. A
// short-form measure of loneliness…"), so entries of one number must be one instrument.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { instrumentDetail, listInstruments } from '../../../electron/services/instruments';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

async function pdfText(file: string): Promise<string> {
  const src = await realSource(`pdf:${file}`);
  return execFileSync('pdftotext', ['-layout', src.path, '-'], { encoding: 'utf8' });
}

/** Numbered entries of the Sources section: number → the entry's text, blanks folded. */
function sourceEntries(text: string): Map<number, string> {
  const start = text.search(/^\s*(Sources|Source Information):?\s*$/m);
  const entries = text.slice(start).split(/^\s{0,6}(?=\d{1,2}\.\s)/m).slice(1);
  return new Map(entries.map((e) => [Number(/^(\d{1,2})\./.exec(e)![1]), e.replace(/\s+/g, ' ').trim()] as const));
}

/** The instrument the database cites for entry `n` of a file's Sources section. */
function citedInstrument(file: string, n: number): number[] {
  const rows = db.prepare(`SELECT DISTINCT instrument_id AS id FROM instrument_citations WHERE source = ? AND number = ?`).all(`pdf:${file}`, n) as { id: number }[];
  return rows.map((r) => r.id);
}

const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '');

// Spanish PDF → its English counterpart (same survey, same edition), and the entries only the
// Spanish list prints: COPE_survey_May_2020_Spanish.pdf ends with "25. Nurses’ Health Study
// COVID-19 supplement", its English list with 24.
const PAIRS: [string, string, number[]][] = [
  ['Social_Factors_of_Health_Spanish.pdf', 'Social_Factors_of_Health.pdf', []],
  ['SDOH Survey Spanish.pdf', 'Social_Factors_of_Health.pdf', []],
  ['COPE_survey_May_2020_Spanish.pdf', 'COPE_survey_May_2020_English.pdf', [25]],
  ['COPE_survey_July_2020_Spanish.pdf', 'COPE_survey_July_2020_English.pdf', []],
  ['COPE_survey_Dec_2020_Spanish.pdf', 'COPE_survey_Dec_2020_English.pdf', []],
  ['COPE_survey_Feb_2021_Spanish.pdf', 'COPE_survey_Feb_2021_English.pdf', []],
];

/** The instrument named (name or alias) exactly so. */
function byName(name: string) {
  const found = listInstruments(db).find((i) => [i.name, ...i.aliases].includes(name));
  return found ? instrumentDetail(db, found.key) : null;
}

describe('one instrument per real instrument (real database)', () => {
  it('no two instruments share a name, short name or alias once case, punctuation and a leading "The" are set aside', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const i of listInstruments(db)) {
      for (const n of new Set([i.name, i.shortName, ...i.aliases].filter((x): x is string => !!x).map(loose))) {
        if (owner.has(n) && owner.get(n) !== i.key) shared.push(`${n}: ${owner.get(n)} and ${i.key}`);
        owner.set(n, i.key);
      }
    }
    expect(shared).toEqual([]);
  });

  it.each(PAIRS)('entries of one number in %s and %s are one instrument', async (es, en, onlyEs) => {
    const [esEntries, enEntries] = [sourceEntries(await pdfText(es)), sourceEntries(await pdfText(en))];
    const checked: number[] = [];
    expect([...esEntries.keys()].filter((n) => !enEntries.has(n))).toEqual(onlyEs);
    for (const [n] of esEntries) {
      if (!enEntries.has(n)) continue;
      const [a, b] = [citedInstrument(es, n), citedInstrument(en, n)];
      expect({ n, es: a }).toEqual({ n, es: b });
      expect(a).toHaveLength(1);
      checked.push(n);
    }
    // 14 entries in SDOH, 24 in COPE May 2020, ...
    expect(checked.length).toBe(esEntries.size - onlyEs.length);
    expect(checked.length).toBeGreaterThanOrEqual(6);
  });

  it('names printed for one entry resolve to one instrument, with the questions footnoted in each survey', async () => {
    const SDOH = ['Social_Factors_of_Health_Spanish.pdf', 'Social_Factors_of_Health.pdf'] as const;
    const COPE = ['COPE_survey_July_2020_Spanish.pdf', 'COPE_survey_July_2020_English.pdf'] as const;
    // [name printed in a Spanish list, a title printed in the English list, the two files, surveys whose questions cite it]
    const cases: [string, string, readonly [string, string], string[]][] = [
      ['UCLA Loneliness Scale', 'A short-form measure of loneliness', SDOH, ['cope', 'sdoh']],
      ['Cohen’s Perceived Stress Scale', 'A global measure of perceived stress', SDOH, ['cope', 'sdoh']],
      ['RAND MOS Social Support Survey Instrument', 'Social Support Survey', SDOH, ['cope', 'sdoh']],
      ['The Everyday Discrimination Scale', 'Racial Differences in Physical and Mental Health', SDOH, ['cope', 'sdoh']],
      ['Social Cohesion Neighborhood Scale', 'Examining Neighborhood Social Cohesion', SDOH, ['sdoh']],
      ['Ross-Mirowsky Perceived Neighborhood Disorder Scale', 'Disorder and Decay', SDOH, ['sdoh']],
      ['Children’s HealthWatch Hunger Vital Sign', 'The Hunger Vital Sign™', SDOH, ['sdoh']],
      ['Health Begins Upstream Risk Screening Tool', 'Upstream Risks Screening Tool and Guide V2.6', SDOH, ['sdoh']],
      ['Discrimination in Medical Settings', 'Adapting the everyday discrimination scale to medical settings', SDOH, ['sdoh']],
      ['GAD-7', 'A brief measure for assessing generalized anxiety disorder: the GAD-7', COPE, ['cope', 'ehhwb']],
      ['IES-R-6', 'The Impact of Event Scale—Revised', COPE, ['cope']],
      ['Optimism: Life Orientation Test-Revised', 'a reevaluation of the Life Orientation Test', COPE, ['cope']],
      ['Michigan COVID-19 Social Distancing Survey', 'Social distancing during the COVID-19 pandemic', COPE, ['cope']],
    ];
    const texts = new Map<string, Map<number, string>>();
    for (const f of [...SDOH, ...COPE]) texts.set(f, sourceEntries(await pdfText(f)));
    for (const [esName, enTitle, [esFile, enFile], surveys] of cases) {
      // Both names are printed, as entries of the same number.
      const esN = [...texts.get(esFile)!].find(([, t]) => loose(t).includes(loose(esName)))?.[0];
      const enN = [...texts.get(enFile)!].find(([, t]) => loose(t).includes(loose(enTitle)))?.[0];
      expect({ esName, n: esN }).toEqual({ esName, n: enN });
      const a = byName(esName);
      expect(a, esName).not.toBeNull();
      expect({ esName, id: a!.id }).toEqual({ esName, id: citedInstrument(enFile, enN!)[0] });
      expect(loose([a!.name, ...a!.aliases].join(' '))).toContain(loose(enTitle));
      const got = new Set(a!.questions.map((q) => q.survey?.slug));
      expect({ esName, surveys: surveys.filter((s) => got.has(s)) }).toEqual({ esName, surveys });
    }
  });

  it('each alias tied by the PDFs says where: file, page and entry', () => {
    const rows = db.prepare(`SELECT n.name, a.alias, a.evidence FROM instrument_aliases a JOIN instruments n ON n.id = a.instrument_id WHERE a.alias = ?`);
    const ucla = rows.get('UCLA Loneliness Scale') as { name: string; evidence: string };
    expect(ucla.name).toBe('A short-form measure of loneliness');
    expect(ucla.evidence).toMatch(/_Spanish\.pdf, page \d+, Sources entry \d+ and .*English\.pdf, page \d+, Sources entry \d+/);
    // The Demographics workgroup sheet (English!A17) names "UK Bio" for the question 1586134.pdf
    // footnotes with "8. UK Biobank" (page 9, "…lived at your current address?8").
    const uk = rows.get('UK Bio') as { name: string; evidence: string };
    expect(uk.name).toBe('UK Biobank');
    expect(uk.evidence).toMatch(/^"How many years have you lived at your current address\?" .*Demographics.*(1586134|The_Basics)\.pdf/);
  });

  it('a scale and its adaptation stay two instruments (Everyday Discrimination; in medical settings)', () => {
    const eds = byName('Everyday Discrimination Scale')!;
    const medical = byName('Discrimination in Medical Settings')!;
    expect(eds.id).not.toBe(medical.id);
  });
});
