// code-corrections.ts on made-up records: an older commit's answer code becomes an alias of the
// newer commit's code only for the same sheet row, question and label, when no newer source still
// names the old code and the two carry no different concept IDs.
import { describe, expect, it } from 'vitest';
import { codeCorrections } from '../../../codebooks/merge/code-corrections';
import { emptyResult, type ConceptRecord, type ImportResult } from '../../../codebooks/model/records';

const answer = (source: string, at: string, code: string, label: string, parent = 'fake_Question', conceptId: number | null = null): ConceptRecord => ({
  kind: 'answer',
  code,
  conceptId,
  parent: { code: parent },
  text: { en: label },
  prov: { source, at },
});
const OLD = 'made-up-sheets@abc1234:Fake.csv';
const NEW = 'made-up-sheets:Fake.csv';

function result(...concepts: ConceptRecord[]): ImportResult {
  const r = emptyResult();
  r.concepts.push(...concepts);
  return r;
}

describe('code corrections between commits', () => {
  it('ties the old spelling to the new code at the same row, question and label', () => {
    const got = codeCorrections([result(answer(OLD, 'row 5', 'fake_Excllent', 'Excellent')), result(answer(NEW, 'row 5', 'fake_Excellent', 'excellent '))]);
    expect(got).toEqual([{ code: 'fake_Excellent', alias: 'fake_Excllent', prov: { source: OLD, at: 'row 5' } }]);
  });

  it.each([
    ['another row', [answer(NEW, 'row 6', 'fake_Excellent', 'Excellent')]],
    ['another question', [answer(NEW, 'row 5', 'fake_Excellent', 'Excellent', 'fake_Other')]],
    ['another label', [answer(NEW, 'row 5', 'fake_Excellent', 'Very good')]],
    ['another sheet', [answer('made-up-sheets:Other.csv', 'row 5', 'fake_Excellent', 'Excellent')]],
    ['a newer source still naming the old code', [answer(NEW, 'row 5', 'fake_Excellent', 'Excellent'), answer('made-up-browser', 'row 9', 'fake_Excllent', 'Excellent')]],
    ['different concept IDs', [answer(NEW, 'row 5', 'fake_Excellent', 'Excellent', 'fake_Question', 900000002)]],
  ] as const)('leaves it apart for %s', (_, newer) => {
    expect(codeCorrections([result(answer(OLD, 'row 5', 'fake_Excllent', 'Excellent', 'fake_Question', 900000001)), result(...newer)])).toEqual([]);
  });
});
