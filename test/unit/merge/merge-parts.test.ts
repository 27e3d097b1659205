// The merge's parts on made-up records: identity by code in any case, precedence, conflicts,
// tolerant text matching and the English/Spanish instrument alignment.
import { describe, expect, it } from 'vitest';
import { choose } from '../../../codebooks/merge/choose';
import type { Conflict } from '../../../codebooks/merge/conflicts';
import { Identity } from '../../../codebooks/merge/identity';
import { rank } from '../../../codebooks/merge/precedence';
import { SourceIndex } from '../../../codebooks/merge/sources-index';
import { alignSure, MIN_MARGIN } from '../../../codebooks/merge/spanish-align';
import { bestMatch, similarity } from '../../../codebooks/merge/text-match';
import { madeUpEntry } from '../../helpers/made-up-build';

const entries = [
  { ...madeUpEntry('made-up-sheet.csv', 'c2f-sheet'), id: 'sheet' },
  { ...madeUpEntry('made-up-observation.csv', 'rdr-observation'), id: 'obs' },
  { ...madeUpEntry('made-up-branching.csv', 'db-survey-metadata'), id: 'browser' },
];
const index = new SourceIndex(entries);

describe('identity', () => {
  it('matches codes regardless of letter case and resolves id-only references to their code', () => {
    const id = new Identity(index, [{ ref: { code: 'FakeModule_Q1', conceptId: 900000001 }, prov: { source: 'obs' } }]);
    expect(id.key({ code: 'FAKEMODULE_q1' })).toBe('c:fakemodule_q1');
    expect(id.key({ conceptId: 900000001 })).toBe('c:fakemodule_q1');
    expect(id.key({ conceptId: 900000002 })).toBe('i:900000002');
    expect(id.key(null)).toBeNull();
  });

  it('records two IDs claimed for one code, and keeps the better-ranked one', () => {
    const id = new Identity(index, [
      { ref: { code: 'FakeModule_Q1', conceptId: 900000099 }, prov: { source: 'obs' } },
      { ref: { code: 'fakemodule_q1', conceptId: 900000001 }, prov: { source: 'browser' } },
    ]);
    expect(id.idOfCode.get('fakemodule_q1')).toBe(900000001);
    expect(id.conflicts).toHaveLength(1);
    expect(id.conflicts[0]).toMatchObject({ field: 'conceptId', chosen: '900000001', other: '900000099' });
  });
});

describe('precedence', () => {
  it('ranks by format for the field, then the newer commit', () => {
    expect(rank('text.en', { format: 'db-survey-metadata', date: null })).toBeLessThan(rank('text.en', { format: 'c2f-sheet', date: null }));
    expect(rank('text.es', { format: 'fhir-questionnaire', date: null })).toBeLessThan(rank('text.es', { format: 'instrument-pdf', date: null }));
    expect(rank('x', { format: 'c2f-sheet', date: '2024-01-01' })).toBeLessThan(rank('x', { format: 'c2f-sheet', date: '2020-01-01' }));
  });

  it('keeps every value as a fact and loosely equal wordings out of the conflicts', () => {
    const conflicts: Conflict[] = [];
    const got = choose('FakeModule_Q1', 'text.en', [
      { value: 'Made-up question one?', prov: { source: 'sheet' } },
      { value: 'made up question ONE', prov: { source: 'obs' } },
      { value: 'A different made-up wording', prov: { source: 'browser' } },
    ], index, conflicts, true);
    expect(got.value).toBe('A different made-up wording');
    expect(got.facts).toHaveLength(3);
    expect(got.facts.filter((f) => f.chosen)).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.other).toBe('Made-up question one?');
  });
});

describe('text matching', () => {
  it('ignores case, accents, punctuation, hyphenation and spacing', () => {
    expect(similarity('How often do you  feel well-rested?', 'how often do you feel well- rested')).toBe(1);
    expect(similarity('¿Con qué frecuencia?', 'con que frecuencia')).toBe(1);
    expect(similarity('made-up apples question', 'completely other words')).toBe(0);
  });

  it('picks the closest candidate above the threshold, or none', () => {
    const c = [{ key: 'a', text: 'Made-up question about invented pets at home' }, { key: 'b', text: 'Made-up question about invented plants' }];
    expect(bestMatch('Made-up question about invented pets at home?', c, 0.7)?.key).toBe('a');
    expect(bestMatch('Nothing alike here', c, 0.7)).toBeNull();
  });
});

describe('aligning an English and a Spanish instrument', () => {
  // Made-up questions: [answer count, a word standing for the wording]. Same word = evidence.
  const score = (en: [number, string][], es: [number, string][]) => (i: number, j: number) =>
    en[i]![0] !== es[j]![0] ? null : 1 + (en[i]![1] === es[j]![1] ? 2 : 0);
  const sure = (en: [number, string][], es: [number, string][]) =>
    alignSure(en.length, es.length, score(en, es)).pairs.filter((p) => p.margin >= MIN_MARGIN).map((p) => [p.en, p.es]);

  it('pairs questions by their answer counts, skipping one printed only on one side', () => {
    const en: [number, string][] = [[2, 'a'], [5, 'b'], [3, 'c'], [0, 'd'], [4, 'e']];
    const es: [number, string][] = [[2, 'a'], [5, 'b'], [7, 'x'], [3, 'c'], [0, 'd'], [4, 'e']];
    expect(sure(en, es)).toEqual([[0, 0], [1, 1], [2, 3], [3, 4], [4, 5]]);
  });

  it('places an omitted question by the wording evidence, not by position', () => {
    // Four 5-answer questions in English, the third omitted in Spanish: the fourth pairs with its own.
    const en: [number, string][] = [[5, 'help'], [5, 'along'], [5, 'trust'], [5, 'values'], [4, 'graffiti']];
    const es: [number, string][] = [[5, 'help'], [5, 'along'], [5, 'values'], [4, 'graffiti']];
    expect(sure(en, es)).toEqual([[0, 0], [1, 1], [3, 2], [4, 3]]);
  });

  it('leaves out the pairs no evidence singles out', () => {
    // Same structure, no telling words: where the omitted one sits is unknown, so none around it is kept.
    const en: [number, string][] = [[4, 'g'], [5, '1'], [5, '2'], [5, '3'], [4, 'h']];
    const es: [number, string][] = [[4, 'g'], [5, '?'], [5, '!'], [4, 'h']];
    expect(sure(en, es)).toEqual([[0, 0], [4, 3]]);
  });
});

describe('what the Spanish PDF pass takes', () => {
  it('takes a sentence about as long as the English one, not a fragment or another paragraph', async () => {
    const { plausible } = await import('../../../codebooks/merge/spanish-from-pdf');
    expect(plausible('Made-up question about invented pets at home?', '¿Pregunta inventada sobre mascotas inventadas en casa?')).toBe(true);
    expect(plausible('Made-up question about invented pets at home?', 'mascotas?')).toBe(false);
    expect(plausible('Other - please specify.', 'Para más información inventada visite un sitio inventado con muchas palabras de más que no son la pregunta.')).toBe(false);
    expect(plausible('Please specify.', 'Por favor especifique.')).toBe(true);
  });

  it('reads a grid row as its item when every word is in the item (first person as second)', async () => {
    const { contained } = await import('../../../codebooks/merge/spanish-rows');
    expect(contained('I lack made-up things', 'How often do you feel you lack made-up things?')).toBe(1);
    expect(contained('I lack made-up things', 'How often do you feel you have invented things?')).toBeLessThan(0.9);
  });
});
