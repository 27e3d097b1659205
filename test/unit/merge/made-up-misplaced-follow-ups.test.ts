// retieMisplacedFollowUps on made-up prints: a follow-up printed under one question with another
// follow-up's wording goes to the follow-up the sources put there, only where everything agrees.
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_PLACE, MISPLACED_FIELD, retieMisplacedFollowUps } from '../../../codebooks/merge/misplaced-follow-ups';
import type { MergedBranch } from '../../../codebooks/merge/branching';
import type { MergedItem } from '../../../codebooks/merge/items';
import type { MergedPrinted } from '../../../codebooks/merge/provenance-sources';

const item = (key: string, parentKey: string | null, en: string) => ({ key, code: key, kind: 'question', parentKey, text: { en, es: null } }) as MergedItem;
const items = new Map(
  [
    item('made-up-second', null, 'When is a made-up second dose likely?'),
    item('made-up-extra', null, 'When is a made-up extra dose likely?'),
    item('why-second', 'made-up-second', 'What might make you less likely to get the made-up vaccine? Select all that apply.'),
    item('why-extra', 'made-up-extra', 'What might make you less likely to get a made-up extra dose? Select all that apply.'),
  ].map((i) => [i.key, i]),
);
const rule = (childKey: string, parentKey: string): MergedBranch => ({ childKey, parentKey, answerKeys: [], when: 'shown', prose: null, source: 'made-up:metadata.csv', at: 'row 1' });
const rules = [rule('why-second', 'made-up-second'), rule('why-extra', 'made-up-extra')];

const print = (sequence: number, itemKey: string | null, text: string, answers: string[] = [], prose: string | null = null): MergedPrinted => ({
  record: { module: 'm', language: 'en', text, footnotes: [], originalText: null, branchingProse: prose, answers, answerIds: [], page: sequence, sequence, prov: { source: 'pdf:made-up.pdf', at: `page ${sequence}` } },
  module: 'm', documentSha: 'sha', itemKey, score: 1, method: 'text',
});
const misprinted = 'What might make you less likely to get a made-up extra dose? Select all that apply.';
const prints = (prose = 'Branching logic: when “Likely” selected, then:', ownAgain = true) => [
  print(1, 'made-up-second', 'When is a made-up second dose likely?', ['Very likely', 'Likely']),
  print(2, 'why-extra', misprinted, [], prose),
  print(3, 'made-up-extra', 'When is a made-up extra dose likely?', ['Likely']),
  ...(ownAgain ? [print(4, 'why-extra', misprinted, [], prose)] : []),
];

describe('retieMisplacedFollowUps (made-up)', () => {
  it('ties the print to the follow-up of the question it is printed under, with a conflict', () => {
    const ps = prints();
    const conflicts = retieMisplacedFollowUps(ps, items, rules);
    expect(ps.map((p) => p.itemKey)).toEqual(['made-up-second', 'why-second', 'made-up-extra', 'why-extra']);
    expect(ps[1]!.method).toBe(FOLLOW_UP_PLACE);
    expect(conflicts).toEqual([expect.objectContaining({ subject: 'why-second', field: MISPLACED_FIELD, other: 'why-extra', otherSource: { source: 'pdf:made-up.pdf', at: 'page 2' } })]);
  });
  it('leaves it where the wording is not printed again under its own parent', () => {
    const ps = prints(undefined, false);
    expect(retieMisplacedFollowUps(ps, items, rules)).toEqual([]);
    expect(ps[1]!.itemKey).toBe('why-extra');
  });
  it('leaves it where its statement quotes no answer of the question above', () => {
    const ps = prints('Branching logic: when “Other” selected, then:');
    expect(retieMisplacedFollowUps(ps, items, rules)).toEqual([]);
    expect(ps[1]!.itemKey).toBe('why-extra');
  });
  it('reads the answers of the question above from its item where its print lists none', () => {
    const ps = prints();
    ps[0]!.record.answers = [];
    expect(retieMisplacedFollowUps(ps, items, rules, new Map([['made-up-second', ['likely']]]))).toHaveLength(1);
  });
  it('leaves it where the sources give the question above no follow-up worded alike', () => {
    const ps = prints();
    expect(retieMisplacedFollowUps(ps, items, [rules[1]!])).toEqual([]);
    expect(ps[1]!.itemKey).toBe('why-extra');
  });
});
