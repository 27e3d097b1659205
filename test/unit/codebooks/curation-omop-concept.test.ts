import { describe, expect, it } from 'vitest';
import { importOmopConcept, readOmopConcepts } from '../../../codebooks/importers/curation/omop-concept';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError } from './curation-expect-error';

const fx = (name: string) => fixtureSource(`curation/${name}`, 'omop-concept');

describe('importOmopConcept', () => {
  it('reads a tab-separated CONCEPT file (quotes are plain text, blank lines skipped)', async () => {
    const r = await importOmopConcept(fx('made-up-concept-tab.csv'));
    expect(r.concepts.map((c) => [c.conceptId, c.code, c.kind, c.text?.en, c.conceptClass, c.prov.at])).toEqual([
      [900000301, 'FakeModule_Q1', 'question', 'Fake question "one"', 'Question', 'row 2'],
      [900000302, 'FakeQ1_Yes', 'answer', 'Fake answer yes', 'Answer', 'row 3'],
    ]);
    // row 5 defines a vocabulary (domain Metadata, class Vocabulary): not a survey concept.
    expect(r.notes).toEqual([expect.stringMatching(/^row 5: 900000303 "Fake metadata" is vocabulary metadata/)]);
  });

  it('reads a comma-separated file with BOM, CRLF and quoted fields', async () => {
    const r = await importOmopConcept(fx('made-up-concept-comma-bom-crlf.csv'));
    expect(r.concepts.map((c) => [c.conceptId, c.code, c.kind, c.text?.en])).toEqual([
      [900000301, 'FakeModule_Q1', 'question', 'Fake question, "quoted"'],
      [900000304, 'FakeModule_Topic', 'topic', 'Fake topic'],
    ]);
  });

  it('streams: a reader can stop after the first row', async () => {
    const file = fx('made-up-concept-tab.csv');
    for await (const row of readOmopConcepts(file.path, file.name)) {
      expect(row).toMatchObject({ line: 2, conceptId: 900000301, vocabularyId: 'FakeVocab', standardConcept: 'S', invalidReason: null });
      break;
    }
  });

  it('rejects a concept id listed twice', () => expectSourceError(importOmopConcept, fx('made-up-concept-dup.csv'), [/row 3/, /field "concept_id"/, /row 2/]));
  it('rejects a short row', () => expectSourceError(importOmopConcept, fx('made-up-concept-short-row.csv'), [/row 3/, /field "concept_code"/]));
  it('rejects an unclosed quote', () => expectSourceError(importOmopConcept, fx('made-up-concept-unclosed.csv'), [/row 2/, /field "concept_name"/, /truncated/]));
  it('rejects a concept id that is not a number', () => expectSourceError(importOmopConcept, fx('made-up-concept-bad-id.csv'), [/row 2/, /field "concept_id"/]));
  it('rejects a wrong header', () => expectSourceError(importOmopConcept, fx('made-up-concept-wrong-header.csv'), [/row 1/, /field "concept_id"/]));
  // A line that is not UTF-8 cannot be split into fields, so only the row is named.
  it('rejects Latin-1 bytes', () => expectSourceError(importOmopConcept, fx('made-up-concept-latin1.csv'), [/row 2/, /not UTF-8/]));
  it('rejects corrupt binary (its first line is no header)', () => expectSourceError(importOmopConcept, fx('made-up-corrupt-binary.csv'), [/row 1/, /field "concept_id"/]));
  it('rejects an empty file', () => expectSourceError(importOmopConcept, fx('made-up-empty.csv'), [/empty/]));

  it('reads the real aou_vocab/CONCEPT.csv', async () => {
    const r = await importOmopConcept(await realSource('curation:CONCEPT.csv'));
    // CONCEPT.csv line 3: 2000000001 "Another single population" Observation AoU_General Answer S WhatRaceEthnicity_GeneralizedPopulation
    expect(r.concepts).toContainEqual(
      expect.objectContaining({
        conceptId: 2000000001,
        code: 'WhatRaceEthnicity_GeneralizedPopulation',
        kind: 'answer',
        text: { en: 'Another single population' },
        conceptClass: 'Answer',
        prov: { source: 'curation:CONCEPT.csv', at: 'row 3' },
      }),
    );
    // line 26: 2100000010 ... Question S resultsconsent_wear
    expect(r.concepts.find((c) => c.conceptId === 2100000010)).toMatchObject({ kind: 'question', code: 'resultsconsent_wear' });
    // 27 rows, of which lines 2 (2000000000 AoU_General) and 16 (2100000000 AoU_Custom) define vocabularies.
    expect(r.concepts).toHaveLength(25);
    expect(r.concepts.find((c) => c.conceptId === 2000000000)).toBeUndefined();
  });
});
