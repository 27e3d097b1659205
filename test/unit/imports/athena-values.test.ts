// The checks of single Athena values: the digit-by-digit fast path of wholeNumber accepts and
// refuses exactly what the general check does.
import { describe, expect, it } from 'vitest';
import { date, wholeNumber } from '../../../electron/services/imports/athena/values';

const read = (v: string) => {
  try {
    return wholeNumber(v, 'CONCEPT.csv', 7, 'concept_id');
  } catch (e) {
    return (e as Error).message;
  }
};

describe('Athena values', () => {
  it('reads whole numbers, short and long, and refuses anything else with file, row and field', () => {
    expect(['0', '7', '45890', '-12', '0012', '2100000203', '999999999999999', '9007199254740991', '-9007199254740991'].map(read)).toEqual([
      0, 7, 45890, -12, 12, 2100000203, 999999999999999, 9007199254740991, -9007199254740991,
    ]);
    for (const bad of ['', '-', '+5', '1e3', '12.0', ' 12', '12 ', '0x1F', '9007199254740993', '1,000', '١٢']) {
      expect(read(bad)).toBe(`CONCEPT.csv: row 7, field "concept_id": "${bad}" is not a whole number`);
    }
  });

  it('reads dates as YYYYMMDD or YYYY-MM-DD', () => {
    expect(date('20991231', 'C', 2, 'd')).toBe('2099-12-31');
    expect(date('1970-01-01', 'C', 2, 'd')).toBe('1970-01-01');
    expect(() => date('20170230', 'C', 2, 'valid_end_date')).toThrow('C: row 2, field "valid_end_date": "20170230" is not a date');
    // A bad date after good ones is still refused; good ones read alike again.
    expect([date('19700101', 'C', 3, 'd'), date('20991231', 'C', 3, 'd')]).toEqual(['1970-01-01', '2099-12-31']);
    expect(() => date('20991232', 'C', 4, 'valid_end_date')).toThrow('C: row 4, field "valid_end_date": "20991232" is not a date');
    expect([date('20991231', 'C', 5, 'd'), date('19700101', 'C', 5, 'd'), date('', 'C', 5, 'd')]).toEqual(['2099-12-31', '1970-01-01', null]);
  });
});
