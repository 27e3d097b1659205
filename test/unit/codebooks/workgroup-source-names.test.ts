// Source-name helpers of the workgroup importer, on made-up names shaped like the sheets' ones.
import { describe, expect, it } from 'vitest';
import {
  instrumentKey,
  obviousShortName,
  splitSourceNames,
  workgroupInstrumentName,
} from '../../../codebooks/importers/workgroup/source-names';

describe('workgroup source names', () => {
  it('splits on semicolons and line breaks, keeps commas, drops "None"', () => {
    expect(splitSourceNames('FAKESURVEY; Fake Study, Cycle 2')).toEqual(['FAKESURVEY', 'Fake Study, Cycle 2']);
    expect(splitSourceNames('FAKESURVEY modified\n \n \n')).toEqual(['FAKESURVEY modified']);
    expect(splitSourceNames('None')).toEqual([]);
    expect(splitSourceNames('N/A')).toEqual([]);
  });

  it('never takes a column header read as a value for an instrument', () => {
    expect(splitSourceNames('Original source')).toEqual([]);
    expect(splitSourceNames('Original Source for Question')).toEqual([]);
    expect(splitSourceNames('Reference Instrument Question; FAKESURVEY')).toEqual(['FAKESURVEY']);
  });

  it('names the instrument without item numbers or "(modified)", but keeps edition numbers', () => {
    expect(workgroupInstrumentName('Fake Global Scale G7')).toBe('Fake Global Scale');
    expect(workgroupInstrumentName('Fake Literacy Screen 2')).toBe('Fake Literacy Screen');
    expect(workgroupInstrumentName('FAKESURVEY (modified)')).toBe('FAKESURVEY');
    expect(workgroupInstrumentName('FAKESURVEY Modified')).toBe('FAKESURVEY');
    expect(workgroupInstrumentName('Fake Study, Cycle 3')).toBe('Fake Study, Cycle 3');
    expect(workgroupInstrumentName('FAKE 4')).toBe('FAKE 4');
  });

  it('compares names without case or punctuation', () => {
    expect(instrumentKey('FAKE-AID')).toBe(instrumentKey('Fake Aid'));
  });

  it('gives a short name only where obvious', () => {
    expect(obviousShortName('FAKE-CPS')).toBe('FAKE-CPS');
    expect(obviousShortName('Fake Chrono Questionnaire (FCQ)')).toBe('FCQ');
    expect(obviousShortName('FAKEPRO Global Scale')).toBe('FAKEPRO');
    // A form or cycle of a family is not the family: its leading acronym names no instrument of its own.
    expect(obviousShortName('FAKEPRO Sleep Scale, Short Form')).toBeNull();
    expect(obviousShortName('FAKESURVEY 4, Cycle 4')).toBeNull();
    expect(obviousShortName('Fake Bio')).toBeNull();
    expect(obviousShortName('Fake Survey (FS) Work Life (FWL)?')).toBeNull();
  });
});
