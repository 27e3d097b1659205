// exactTieByContext on made-up items: the prints above decide between follow-ups worded alike;
// nothing is guessed between three or more when they do not single one out.
import { describe, expect, it } from 'vitest';
import { exactBySource, exactTieByContext, type Above } from '../../../codebooks/merge/exact-tie-context';
import type { MergedItem } from '../../../codebooks/merge/items';

const item = (key: string, parentKey: string | null, kind: MergedItem['kind'] = 'question') => ({ key, parentKey, kind }) as MergedItem;
const items = new Map(
  [
    item('topic', null, 'topic'), item('smoked', 'topic'), item('vaped', 'topic'), item('weeks-a', 'smoked'), item('weeks-b', 'vaped'),
    item('months-a', 'smoked'), item('months-b', 'vaped'), item('loose-1', 'topic'), item('loose-2', 'topic'),
    item('dose-a', null), item('dose-b', null), item('dose-c', null), item('extra', 'topic'), item('date-extra', 'extra'),
  ].map((i) => [i.key, i]),
);
const list = [
  { key: 'weeks-a', text: 'Enter the number of weeks' },
  { key: 'weeks-b', text: 'Enter the number of weeks.' },
  { key: 'months-a', text: 'Enter the number of months' },
  { key: 'months-b', text: 'Enter the number of months' },
  { key: 'loose-1', text: 'How often?' },
  { key: 'loose-2', text: 'How often?' },
  ...['dose-a', 'dose-b', 'dose-c', 'date-extra'].map((key) => ({ key, text: 'Enter the made-up date.' })),
];
const a = (key: string | null, text = 'Some other made-up question?'): Above => ({ key, text });

describe('exactTieByContext (made-up)', () => {
  it('takes the follow-up of the question printed just above', () => {
    expect(exactTieByContext('Enter the number of weeks.', 'weeks-a', list, items, [a('vaped')])).toBe('weeks-b');
    expect(exactTieByContext('Enter the number of weeks.', 'weeks-a', list, items, [a('smoked')])).toBe('weeks-a');
  });
  it('looks a few prints back, past untied lines, but not past an earlier print of the same wording', () => {
    expect(exactTieByContext('Enter the made-up date.', 'dose-a', list, items, [a(null, 'Please specify:'), a('loose-1'), a('extra')])).toBe('date-extra');
    expect(exactTieByContext('Enter the number of weeks', 'weeks-a', list, items, [a(null), a('weeks-a', 'Enter the number of weeks.'), a('vaped')])).toBe('weeks-a');
  });
  it('takes the sibling of the follow-up printed just before, under a question', () => {
    expect(exactTieByContext('Enter the number of months', 'months-a', list, items, [a('weeks-b', 'Enter the number of weeks')])).toBe('months-b');
  });
  it('keeps the match between two when nothing above decides (a topic sibling is no evidence)', () => {
    expect(exactTieByContext('Enter the number of weeks', 'weeks-a', list, items, [])).toBe('weeks-a');
    expect(exactTieByContext('How often?', 'loose-2', list, items, [a('loose-1')])).toBe('loose-2');
  });
  it('ties to none of three or more when nothing above decides', () => {
    expect(exactTieByContext('Enter the made-up date.', 'dose-a', list, items, [a('smoked')])).toBeNull();
  });
  it('keeps a match that is no exact tie', () => {
    expect(exactTieByContext('Enter the number of weeks, please', 'weeks-a', list, items, [a('vaped')])).toBe('weeks-a');
  });
});

describe('exactTieByContext (made-up): items another source words as the print', () => {
  const fact = (value: string) => ({ field: 'text.en', value, prov: { source: 'made-up' }, chosen: false });
  const more = new Map(items);
  more.set('again', { key: 'again', parentKey: 'topic', kind: 'question', facts: [] } as unknown as MergedItem);
  // Chosen wording "…4th made-up dose…" for now; another source words it as the print.
  more.set('kind-again', { key: 'kind-again', parentKey: 'again', kind: 'question', facts: [fact('Which made-up kind did you get?')] } as unknown as MergedItem);
  more.set('kind-first', { key: 'kind-first', parentKey: 'dose-a', kind: 'question', facts: [] } as unknown as MergedItem);
  const doses = [...list, { key: 'kind-first', text: 'Which made-up kind did you get?' }, { key: 'kind-again', text: 'Which made-up kind did you get for the 4th made-up dose?' }];
  it('are told apart by the question printed above', () => {
    expect(exactTieByContext('Which made-up kind did you get?', 'kind-first', doses, more, [a(null, 'Enter the made-up date.'), a('again')])).toBe('kind-again');
    expect(exactTieByContext('Which made-up kind did you get?', 'kind-first', doses, more, [a(null), a('dose-a')])).toBe('kind-first');
  });
  it('leave the match as it was when nothing above decides', () => {
    expect(exactTieByContext('Which made-up kind did you get?', 'kind-first', doses, more, [a('loose-1')])).toBe('kind-first');
  });
});

describe('exactBySource (made-up)', () => {
  const fact = (value: string) => ({ field: 'text.en', value, prov: { source: 'made-up' }, chosen: false });
  it('finds the one candidate a source words as the print, and sees a fact added later on a list not frozen', () => {
    const items = new Map<string, MergedItem>([
      ['a', { key: 'a', parentKey: null, kind: 'question', facts: [fact('Since your made-up first dose?')] } as unknown as MergedItem],
      ['b', { key: 'b', parentKey: null, kind: 'question', facts: [] } as unknown as MergedItem],
    ]);
    const list = [{ key: 'a', text: 'Since your made-up dose?' }, { key: 'b', text: 'Since your made-up second dose?' }];
    expect(exactBySource('Since your made-up first dose?', list, items)).toBe('a');
    expect(exactBySource('Since your made-up third dose?', list, items)).toBeNull();
    (items.get('b')!.facts as unknown[]).push(fact('Since your made-up third dose?'));
    expect(exactBySource('Since your made-up third dose?', list, items)).toBe('b');
  });
});
