import { describe, expect, it } from 'vitest';
import { importC2fVersion } from '../../../codebooks/importers/codebook-to-fhir';
import { SourceError } from '../../../codebooks/errors';
import { fixtureSource, realSource, sourceErrorOf } from '../../helpers/sources';

const NAME = 'test/fixtures/codebook-to-fhir/';
const made = (name: string) => importC2fVersion(fixtureSource(`codebook-to-fhir/${name}`, 'c2f-version'));

const failure = (name: string) => sourceErrorOf(name, () => made(name));

describe('importC2fVersion', () => {
  it('reads a made-up version.csv with the published "\\r\\r\\n" line ends', async () => {
    const r = await made('made-up-version.csv');
    expect(r.meta).toEqual([
      { key: 'codebook-version', value: '9.9.99', prov: { source: 'fixture:made-up-version.csv', at: 'row 2' } },
      { key: 'codebook-date', value: '2001-02-03', prov: { source: 'fixture:made-up-version.csv', at: 'row 2' } },
    ]);
  });

  it('reads the real sheets/version.csv', async () => {
    const r = await importC2fVersion(await realSource('codebook-to-fhir:version.csv'));
    // sheets/version.csv line 2: 0.4.43,2020-08-12
    expect(r.meta.map((m) => [m.key, m.value, m.prov.at])).toEqual([
      ['codebook-version', '0.4.43', 'row 2'],
      ['codebook-date', '2020-08-12', 'row 2'],
    ]);
  });

  it('rejects a wrong header, a missing row and a date that is not ISO', async () => {
    expect((await failure('made-up-version-wrong-header.csv')).message).toMatch(
      `${NAME}made-up-version-wrong-header.csv: row 1, field "Current Codebook Version": the header lacks this column`,
    );
    expect((await failure('made-up-version-no-row.csv')).message).toBe(
      `${NAME}made-up-version-no-row.csv: row 2, field "Current Codebook Version": the file has a header but no version row`,
    );
    expect((await failure('made-up-version-bad-date.csv')).message).toBe(
      `${NAME}made-up-version-bad-date.csv: row 2, field "Date of Version Update": "3 Feb 2001" is not a date (YYYY-MM-DD)`,
    );
  });
});
