// The sources browser's state without React: filtering (accent- and case-insensitive), sorting by
// each column, missing values last, unlinked instruments hidden unless asked for or searched.
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../../electron/contract/models';
import { createSourcesStore, visibleInstruments } from '../../../renderer/src/features/sources/sources-store';

const ins = (key: string, over: Partial<Instrument> = {}): Instrument => ({
  id: 0,
  key,
  shortName: null,
  name: key,
  organization: null,
  url: null,
  year: null,
  description: null,
  aliases: [],
  questionCount: 1,
  surveys: [],
  ...over,
});
const all = [
  ins('nhis', { shortName: 'NHIS', name: 'National Health Interview Survey', year: '2015', questionCount: 28, surveys: ['lifestyle'] }),
  ins('tus', { shortName: 'TUS-CPS', name: 'TUS-CPS', organization: 'Instituto Nacional del Cáncer', year: '2003', questionCount: 9 }),
  ins('ukb', { name: 'UK Biobank', year: '2011', questionCount: 35 }),
  ins('hints', { shortName: 'HINTS', name: 'Health Information National Trends Survey', questionCount: 0 }),
];
const keys = (xs: Instrument[]) => xs.map((x) => x.key);

describe('sources store', () => {
  it('sorts by question count, most first, by default; hides instruments without questions', () => {
    const s = createSourcesStore().getState();
    expect(keys(visibleInstruments(all, s))).toEqual(['ukb', 'nhis', 'tus']);
    expect(keys(visibleInstruments(all, { ...s, showUnlinked: true }))).toEqual(['ukb', 'nhis', 'tus', 'hints']);
  });

  it('sorts by a column, and reverses on a second click; missing values stay last', () => {
    const store = createSourcesStore();
    store.getState().sortBy('shortName');
    expect(keys(visibleInstruments(all, store.getState()))).toEqual(['nhis', 'tus', 'ukb']);
    store.getState().sortBy('shortName');
    expect(store.getState().sortDir).toBe('desc');
    expect(keys(visibleInstruments(all, store.getState()))).toEqual(['tus', 'nhis', 'ukb']);
    store.getState().sortBy('year');
    expect(keys(visibleInstruments(all, store.getState()))).toEqual(['tus', 'ukb', 'nhis']);
  });

  it('filters on every word, ignoring case and accents, and finds unlinked instruments when searched', () => {
    const s = createSourcesStore().getState();
    expect(keys(visibleInstruments(all, { ...s, filter: 'cancer instituto' }))).toEqual(['tus']);
    expect(keys(visibleInstruments(all, { ...s, filter: 'LIFESTYLE' }))).toEqual(['nhis']);
    expect(keys(visibleInstruments(all, { ...s, filter: 'hints' }))).toEqual(['hints']);
    expect(keys(visibleInstruments(all, { ...s, filter: 'zzz' }))).toEqual([]);
  });

  it('finds an instrument by one of its aliases', () => {
    const s = createSourcesStore().getState();
    const list = [ins('made-up', { name: 'Made-up Veteran Program (MUVP)', aliases: ['Made-up Veterans Programme'], questionCount: 1 })];
    expect(keys(visibleInstruments(list, { ...s, filter: 'programme' }))).toEqual(['made-up']);
  });
});
