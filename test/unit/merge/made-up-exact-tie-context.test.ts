// exactTieByContext on made-up items: the print above decides between follow-ups worded alike,
// and nothing is guessed when it does not single one out.
import { describe, expect, it } from 'vitest';
import { exactTieByContext } from '../../../codebooks/merge/exact-tie-context';
import type { MergedItem } from '../../../codebooks/merge/items';

const item = (key: string, parentKey: string | null, kind: MergedItem['kind'] = 'question') => ({ key, parentKey, kind }) as MergedItem;
const items = new Map(
  [item('topic', null, 'topic'), item('smoked', 'topic'), item('vaped', 'topic'), item('weeks-a', 'smoked'), item('weeks-b', 'vaped'), item('months-a', 'smoked'), item('months-b', 'vaped'), item('loose-1', 'topic'), item('loose-2', 'topic')].map((i) => [i.key, i]),
);
const list = [
  { key: 'weeks-a', text: 'Enter the number of weeks' },
  { key: 'weeks-b', text: 'Enter the number of weeks.' },
  { key: 'months-a', text: 'Enter the number of months' },
  { key: 'months-b', text: 'Enter the number of months' },
  { key: 'loose-1', text: 'How often?' },
  { key: 'loose-2', text: 'How often?' },
];

describe('exactTieByContext (made-up items)', () => {
  it('takes the follow-up of the question printed just above', () => {
    expect(exactTieByContext('Enter the number of weeks.', 'weeks-a', list, items, 'vaped')).toBe('weeks-b');
    expect(exactTieByContext('Enter the number of weeks.', 'weeks-a', list, items, 'smoked')).toBe('weeks-a');
  });
  it('takes the sibling of the follow-up printed just above, under a question', () => {
    expect(exactTieByContext('Enter the number of months', 'months-a', list, items, 'weeks-b')).toBe('months-b');
  });
  it('keeps the match when the print above says nothing: none, another question, or a topic sibling', () => {
    expect(exactTieByContext('Enter the number of weeks', 'weeks-a', list, items, null)).toBe('weeks-a');
    expect(exactTieByContext('Enter the number of weeks', 'weeks-a', list, items, 'loose-1')).toBe('weeks-a');
    // Siblings under a topic are no evidence (a topic groups several versions' questions).
    expect(exactTieByContext('How often?', 'loose-2', list, items, 'smoked')).toBe('loose-2');
  });
  it('keeps a match that is no exact tie', () => {
    expect(exactTieByContext('Enter the number of weeks, please', 'weeks-a', list, items, 'vaped')).toBe('weeks-a');
  });
});
