// A Sources entry's description names an acronym that entries of another survey print, for
// another source: Social Factors of Health's entry 3 (the International Prevalence Study, 2009)
// describes the IPAQ, which COPE's entry 17 cites by its 2003 paper. The two are two instruments;
// each survey's questions name their own. Expected values are read from the PDFs with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { checkDescribedShortNames } from '../../../codebooks/merge/described-short-names';
import type { InstrumentRecord } from '../../../codebooks/model/records';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { rawPath } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

/** Sources entry n of a PDF, its lines joined, up to the next entry. */
async function entry(source: string, n: number): Promise<string> {
  const lines = pdfPages(await rawPath(source)).flat().map((l) => l.text.trim());
  const start = lines.findLastIndex((l) => l.startsWith(`${n}. `));
  const end = lines.findIndex((l, i) => i > start && l.startsWith(`${n + 1}. `));
  return lines.slice(start, end).join(' ');
}
const yearIn = (text: string) => /Year of Original Source:\s*(\d{4})/.exec(text)![1];
const instrumentsOf = (code: string) =>
  db.prepare(`SELECT DISTINCT n.id, n.short_name, n.year FROM question_sources s JOIN items i ON i.id = s.item_id JOIN instruments n ON n.id = s.instrument_id WHERE i.code = ?`).all(code) as { id: number; short_name: string | null; year: string | null }[];

describe('a short name only a description gives', () => {
  it('does not join Social Factors of Health entry 3 to COPE entry 17: each survey cites its own source and year', async () => {
    const sdoh = await entry('pdf:Social_Factors_of_Health.pdf', 3);
    const cope = await entry('pdf:COPE_survey_July_2020_English.pdf', 17);
    expect(sdoh).toContain('(IPAQ)');
    expect(sdoh).toContain('International Prevalence Study');
    expect(cope).toContain('International physical activity questionnaire');
    const [sdohYear, copeYear] = [yearIn(sdoh), yearIn(cope)];
    expect(sdohYear).not.toBe(copeYear);

    const [ipaq] = instrumentsOf('ipaq_7');
    expect(instrumentsOf('ipaq_7')).toHaveLength(1);
    expect([ipaq!.short_name, ipaq!.year]).toEqual(['IPAQ', copeYear]);
    const ips = instrumentsOf('ips_1');
    expect(ips).toHaveLength(1);
    expect(ips[0]!.id).not.toBe(ipaq!.id);
    expect(ips[0]!.year).toBe(sdohYear);
    // The Spanish list names SDOH's entry 3 by its own acronym.
    expect(await entry('pdf:Social_Factors_of_Health_Spanish.pdf', 3)).toContain(`(${ips[0]!.short_name})`);
  });

  it('keeps a described short name where the years agree, drops it and its tie where they do not (made-up records)', () => {
    const rec = (name: string, year: string | null, extra: Partial<InstrumentRecord> = {}): InstrumentRecord => ({ module: 'made-up', number: 1, name, year, prov: { source: `made-up:${name}.pdf`, at: 'page 1' }, ...extra });
    const printing = rec('Made-up Scale (MUS)', null, { shortName: 'MUS' });
    const paper = rec('A made-up paper about the scale', '2001');
    const described = rec('Another made-up study', '2010', { shortName: 'MUS', shortNameDescribed: true });
    const ties = [
      { a: paper, b: printing, evidence: 'made-up: same entry number' },
      { a: described, b: printing, evidence: 'made-up: its description names it' },
    ];
    const out = checkDescribedShortNames([printing, paper, described], ties);
    expect(out.records[2]!.shortName).toBeNull();
    expect(out.ties.map((t) => t.evidence)).toEqual(['made-up: same entry number']);
    expect(out.notes).toHaveLength(1);

    const agreeing = { ...described, year: '2001' };
    const same = checkDescribedShortNames([printing, paper, agreeing], [ties[0]!, { ...ties[1]!, a: agreeing }]);
    expect(same.records[2]!.shortName).toBe('MUS');
    expect(same.ties).toHaveLength(2);
  });
});
