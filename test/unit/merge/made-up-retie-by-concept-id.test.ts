// retie-by-concept-id.ts on made-up records: a row whose code is another concept's joins the item
// of its concept ID (with a conflict, its code kept as stated, its values ranked last), and only
// where the claims settle both sides.
import { describe, expect, it } from 'vitest';
import { choose } from '../../../codebooks/merge/choose';
import { Identity, type Claim } from '../../../codebooks/merge/identity';
import { retieByConceptId, RETIE_FIELD } from '../../../codebooks/merge/retie-by-concept-id';
import { SourceIndex } from '../../../codebooks/merge/sources-index';
import { emptyResult, type ConceptRecord, type ImportResult } from '../../../codebooks/model/records';
import { madeUpEntry } from '../../helpers/made-up-build';

const index = new SourceIndex([
  { ...madeUpEntry('made-up-sheet.csv', 'allofus-rda'), id: 'book' },
  { ...madeUpEntry('made-up-branching.csv', 'db-survey-metadata'), id: 'browser' },
]);
const claim = (code: string, conceptId: number, source: string): Claim => ({ ref: { code, conceptId }, prov: { source, at: `row ${conceptId}` } });
const question = (code: string, conceptId: number, source: string, text: string): ConceptRecord => ({ kind: 'question', code, conceptId, text: { en: text }, prov: { source, at: `row ${conceptId}` } });

function resultWith(concepts: ConceptRecord[]): ImportResult {
  const r = emptyResult();
  r.concepts.push(...concepts);
  r.branching.push({ child: { code: concepts[0]!.code, conceptId: concepts[0]!.conceptId }, parent: { conceptId: 900000010 }, answers: [], when: 'shown', prov: concepts[0]!.prov });
  return r;
}

describe('retie by concept ID', () => {
  it("ties a row giving another concept's code to the item of its ID, and records the disagreement", () => {
    const claims = [claim('fake_extra', 900000002, 'book'), claim('fake_second', 900000001, 'book'), claim('fake_extra', 900000002, 'browser'), claim('fake_extra', 900000001, 'browser')];
    const identity = new Identity(index, claims);
    const row = question('fake_extra', 900000001, 'browser', 'Made-up second wording?');
    const got = retieByConceptId([resultWith([row])], [row], identity);
    expect(got.concepts[0]).toMatchObject({ code: 'fake_second', statedCode: 'fake_extra', mislabelled: true });
    expect(got.results[0]!.branching[0]!.child).toMatchObject({ code: 'fake_second', conceptId: 900000001 });
    expect(identity.key(got.concepts[0])).toBe('c:fake_second');
    expect(got.conflicts).toEqual([
      { subject: 'fake_second', field: RETIE_FIELD, chosen: 'fake_second', chosenSource: { source: 'book', at: 'row 900000001' }, other: 'fake_extra', otherSource: row.prov },
    ]);
    // Its values rank below the other sources' though the Data Browser ranks first for wording.
    const candidates = [{ value: 'Made-up second wording?', prov: row.prov, last: true }, { value: 'Made-up printed wording?', prov: { source: 'book' } }];
    expect(choose('fake_second', 'text.en', candidates, index, [], true).value).toBe('Made-up printed wording?');
    expect(choose('fake_second', 'text.en', candidates.map((c) => ({ ...c, last: false })), index, [], true).value).toBe('Made-up second wording?');
  });

  it('leaves a code given a second ID that no other code owns (a renumbered concept)', () => {
    const identity = new Identity(index, [claim('fake_topic', 900000003, 'book'), claim('fake_topic', 900000004, 'browser')]);
    const row = question('fake_topic', 900000004, 'browser', 'Made-up topic');
    const got = retieByConceptId([resultWith([row])], [row], identity);
    expect(got.concepts[0]).toBe(row);
    expect(got.count).toBe(0);
    expect(got.conflicts).toEqual([]);
  });

  it('leaves an ID that two codes both chose (one ID, several items)', () => {
    const identity = new Identity(index, [claim('fake_a', 900000005, 'book'), claim('fake_b', 900000005, 'browser')]);
    const rows = [question('fake_a', 900000005, 'book', 'A'), question('fake_b', 900000005, 'browser', 'B')];
    const got = retieByConceptId([resultWith(rows)], rows, identity);
    expect(got.concepts).toEqual(rows);
    expect(got.count).toBe(0);
  });
});
