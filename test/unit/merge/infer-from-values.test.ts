// Answer IDs inferred from value concepts (workbench criteria) that are ID-only answers of the
// same question, checked against a rule another source states by code.
import { afterAll, describe, expect, it } from 'vitest';
import { inferAnswerIdsFromValues } from '../../../codebooks/merge/infer-from-values';
import type { MergedItem } from '../../../codebooks/merge/items';
import type { MergedOption } from '../../../codebooks/merge/options';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const item = (key: string, code: string | null, conceptId: number | null) => ({ key, code, conceptId }) as MergedItem;
const option = (answerKey: string, standardConceptId: number | null): MergedOption => ({
  questionKey: 'c:fakemodule_q1', answerKey, position: 0, label: { en: null, es: null }, standardConceptId, source: 'made-up',
  facts: [{ field: 'option.standardConceptId', value: String(standardConceptId), prov: { source: 'made-up', at: 'row 2' }, chosen: true }],
});

describe('answer IDs from value concepts', () => {
  it('pairs a coded answer with the ID-only answer its value names, on made-up options', () => {
    const items = new Map([['c:fakeq1_yes', item('c:fakeq1_yes', 'FakeQ1_Yes', null)], ['i:900000011', item('i:900000011', null, 900000011)]]);
    const claims = inferAnswerIdsFromValues([option('c:fakeq1_yes', 900000011), option('i:900000011', null)], items);
    expect(claims).toEqual([expect.objectContaining({ ref: { code: 'FakeQ1_Yes', conceptId: 900000011 }, inferred: true })]);
    // A value that is no answer of the question pairs nothing.
    expect(inferAnswerIdsFromValues([option('c:fakeq1_yes', 900000099), option('i:900000011', null)], items)).toEqual([]);
  });

  it('agrees with the curation rule on real data', () => {
    // workbench ppi_criteria.csv: "other stimulants" under 1585636 has value 1585640, an ID-only answer
    // of that question in data-browser survey_metadata.csv (path 1585636.1585640...).
    const meth = showItem(db, 'WhichDrugsUsed_MethamphetamineUse')!;
    expect(meth.conceptId).toBe(1585640);
    // 1585855.pdf page 4 now states it ("PPI1585640. Other stimulants ..."), so no inference is needed there.
    expect(meth.provenance.some((p) => p.field === 'conceptId' && (/inferred/.test(p.at ?? '') || (p.source === 'pdf:1585855.pdf' && /page 4/.test(p.at ?? ''))))).toBe(true);
    // curation lifestyle.csv skips the other-stimulant follow-up for every drug but this one.
    const follow = showItem(db, 'Past3MonthUseFrequency_OtherStimulant3MonthUse')!;
    const skip = follow.branching.find((b) => b.source === 'curation:lifestyle.csv' && b.when === 'hidden')!;
    expect(skip.answerCodes).not.toContain('WhichDrugsUsed_MethamphetamineUse');
    const shown = follow.branching.filter((b) => b.when === 'shown' && b.source.startsWith('data-browser'));
    expect(shown.length).toBeGreaterThan(0);
    for (const b of shown) expect(b.answerCodes).toEqual(['WhichDrugsUsed_MethamphetamineUse']);
  });
});
