import { describe, expect, it } from 'vitest';
import { importWorkbenchCriteria } from '../../../codebooks/importers/workbench-criteria';
import { fixtureSource, realSource } from '../../helpers/sources';
import { expectSourceError } from './curation-expect-error';

const fx = (name: string) => fixtureSource(`workbench/${name}`, 'workbench-ppi-criteria');

describe('importWorkbenchCriteria on a made-up tree', () => {
  it('reads module, topic, questions and label-only options with standard ids', async () => {
    const r = await importWorkbenchCriteria(fx('made-up-ppi-criteria.csv'));
    expect(r.modules).toEqual([{ name: { en: 'Fake Module' }, slug: null, prov: { source: 'fixture:made-up-ppi-criteria.csv', at: 'row 2' } }]);
    expect(r.concepts.map((c) => [c.conceptId, c.kind, c.parent?.conceptId ?? null, c.topic, c.order])).toEqual([
      [900000400, 'topic', null, null, null],
      [900000401, 'question', 900000400, 'Fake topic', 1],
      [900000402, 'question', null, null, 2],
    ]);
    // \" inside a quoted field is an escaped quote, not the end of the field.
    expect(r.concepts[1]!.text).toEqual({ en: 'Fake question with a "quoted, comma" word?' });
    expect(r.options.map((o) => [o.question.conceptId, o.answer, o.position, o.label?.en, o.standardConceptId, o.prov.at])).toEqual([
      [900000401, {}, 1, 'Fake yes', 910000001, 'row 5'],
      [900000401, {}, 2, 'Fake no', 910000002, 'row 6'],
      [900000402, {}, 1, '0', null, 'row 8'],
      [900000402, {}, 2, '1', null, 'row 9'],
    ]);
  });
});

describe('importWorkbenchCriteria on malformed input', () => {
  it('rejects an answer whose question is missing', () =>
    expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-orphan.csv'), [/row 3/, /field "parent_id"/, /999/]));
  it('rejects an answer with another concept id than its question', () =>
    expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-mismatch.csv'), [/row 4/, /field "concept_id"/]));
  it('rejects a duplicate id', () => expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-dup-id.csv'), [/row 3/, /field "id"/]));
  it('rejects a bad is_group', () => expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-bad-group.csv'), [/row 2/, /field "is_group"/]));
  it('rejects a wrong header', () => expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-wrong-header.csv'), [/row 1/, /field "parent_id"/]));
  it('rejects a truncated file', () => expectSourceError(importWorkbenchCriteria, fx('made-up-ppi-criteria-truncated.csv'), [/row 2/, /never closed/]));
  it('rejects an empty file', () => expectSourceError(importWorkbenchCriteria, fixtureSource('curation/made-up-empty.csv', 'workbench-ppi-criteria'), [/empty/]));
});

describe('importWorkbenchCriteria on the real ppi_criteria.csv', () => {
  it('gives "Every day" under 1585860 the standard value 45881677', async () => {
    const r = await importWorkbenchCriteria(await realSource('workbench@4f3241f:ppi_criteria.csv'));
    // ppi_criteria.csv line 95: id 324929, parent_id 324928, code 45881677, "Every day", concept_id 1585860.
    // SOURCES.md's "row 324929" is this id column, not a line number.
    expect(r.options.find((o) => o.prov.at === 'row 95')).toEqual({
      question: { conceptId: 1585860 },
      answer: {},
      position: 1,
      label: { en: 'Every day' },
      standardConceptId: 45881677,
      prov: { source: 'workbench@4f3241f:ppi_criteria.csv', at: 'row 95' },
    });
    // line 94: id 324928 "Do you now smoke cigarettes every day, some days, or not at all?" under line 90 "Smoking" (1585856)
    expect(r.concepts.find((c) => c.conceptId === 1585860)).toMatchObject({
      kind: 'question',
      module: 'Lifestyle',
      parent: { conceptId: 1585856 },
      text: { en: 'Do you now smoke cigarettes every day, some days, or not at all?' },
    });
    // line 134 (id 324968) quotes "drink," with backslash escapes.
    expect(r.concepts.find((c) => c.conceptId === 1586198)?.text?.en).toContain('(By a "drink," we mean');
    // 354 rows: 3 modules, 8 topic groups, 63 question groups, 280 answers (11 pain-scale answers without a value id).
    expect(r.modules.map((m) => m.slug)).toEqual(['basics', 'lifestyle', 'overall-health']);
    expect(r.concepts.filter((c) => c.kind === 'topic')).toHaveLength(8);
    expect(r.concepts.filter((c) => c.kind === 'question')).toHaveLength(63);
    expect(r.options).toHaveLength(280);
    expect(r.options.filter((o) => o.standardConceptId == null)).toHaveLength(11);
  });
});
