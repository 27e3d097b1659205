// Release dates only as sources spell them; everything else stays undated.
import { describe, expect, it } from 'vitest';
import { editionDate, moduleCodeMonth, printedDate, versionDate } from '../../../codebooks/releases/dates';

describe('release dates', () => {
  it('reads edition names, printed versions and questionnaire versions', () => {
    expect(editionDate('Nov 2020')).toMatchObject({ date: '2020-11', label: 'November 2020', month: true });
    expect(editionDate('New Year 2022')).toMatchObject({ date: '2022', label: 'New Year 2022', month: false });
    expect(editionDate('Summer 2021')!.sortKey < editionDate('Fall 2021')!.sortKey).toBe(true);
    expect(editionDate('Edition 7')).toBeNull();
    expect(printedDate('May 31, 2018')).toBe('2018-05-31');
    expect(printedDate('October 12, 2018')).toBe('2018-10-12');
    expect(versionDate('V10.21.19')).toBe('2019-10-21');
    expect(versionDate('v2019.10.07')).toBe('2019-10-07');
    expect(versionDate('V12.02.2019')).toBe('2019-12-02');
    expect(versionDate('10072019')).toBe('2019-10-07');
    for (const counter of ['169', '4', '776', 'V99.99.99']) expect(versionDate(counter)).toBeNull();
    expect(moduleCodeMonth('SNAP_PETS_TYPE_042019')).toBe('2019-04');
    expect(moduleCodeMonth('SNAP_SLEEPHOURS_110918')).toBeNull();
    expect(moduleCodeMonth(null)).toBeNull();
  });
});
