// Grid rows printed alone under their stem, matched to the one question worded stem + row
// (made-up wordings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowMatch } from '../../../codebooks/merge/row-match';
import { similarity, words } from '../../../codebooks/merge/text-match';

const candidates = [
  { key: 'c:madeup_glasses', text: 'In the past year did you need any of the following but could not pay: Made-up glasses' },
  { key: 'c:madeup_followup', text: 'In the past year did you need any of the following but could not pay: Made-up follow-up visit' },
  { key: 'c:madeup_count', text: 'How many made-up glasses did you buy?' },
  { key: 'c:madeup_a', text: 'Have you seen A: Yes' },
  { key: 'c:madeup_b', text: 'Have you heard B: Yes' },
];

describe('rowMatch', () => {
  it('links a row to the one question that ends with it after a stem', () => {
    expect(rowMatch('Made-up glasses', candidates)).toEqual({ key: 'c:madeup_glasses', score: 1 });
  });
  it('accepts a slightly different printing of a longer row', () => {
    expect(rowMatch('Made-up followup visit', candidates)?.key).toBe('c:madeup_followup');
  });
  it('links nothing when several questions end with the row, or none has a stem', () => {
    expect(rowMatch('Yes', candidates)).toBeNull();
    expect(rowMatch('How many made-up glasses did you buy?', candidates)).toBeNull();
    expect(rowMatch('', candidates)).toBeNull();
  });
  it('links nothing when a question is worded as the row alone (it may be that row, printed under its stem)', () => {
    const spoken = { key: 'c:madeup_spoken', text: '¿Un quiropráctico inventado?' };
    const visits = { key: 'c:madeup_visits', text: 'En los últimos 12 meses ¿cuántas veces visitó a un quiropráctico inventado?' };
    expect(rowMatch('¿Un quiropráctico inventado?', [visits])).toEqual({ key: 'c:madeup_visits', score: 1 });
    expect(rowMatch('¿Un quiropráctico inventado?', [visits, spoken])).toBeNull();
  });
});

describe('rowMatch near rows (made-up words)', () => {
  // The near match as it was written first: joining the words and comparing the two texts.
  const reference = (row: string, list: { key: string; text: string }[]) => {
    const tail = words(row);
    if (list.some((c) => words(c.text).join(' ') === tail.join(' '))) return null;
    if (tail.length < 3 || list.some((c) => words(c.text).length >= tail.length + 3 && words(c.text).slice(-tail.length).join(' ') === tail.join(' '))) return undefined;
    const near = list
      .map((c) => {
        const w = words(c.text);
        return w.length < tail.length + 3 ? null : { key: c.key, score: similarity(w.slice(w.length - tail.length).join(' '), tail.join(' ')) };
      })
      .filter((h): h is { key: string; score: number } => !!h && h.score >= 0.85);
    return near.length === 1 ? near[0]! : null;
  };
  const word = fc.constantFrom('made', 'up', 'row', 'pay', 'the', 'visit', 'glasses', 'follow');
  const words_ = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
  // Wordings: a stem, then the row with a word or two changed (or another text altogether).
  const wording = (row: string[]) =>
    fc.tuple(words_(0, 5), fc.array(fc.tuple(fc.nat(row.length), word), { maxLength: 2 }), fc.boolean(), words_(1, 12)).map(([stem, changes, other, text]) => {
      const tail = [...row];
      for (const [at, w] of changes) if (at < tail.length) tail[at] = w;
      return (other ? text : [...stem, ...tail]).join(' ');
    });
  const rowAndTexts = words_(3, 12).chain((row) => fc.tuple(fc.constant(row.join(' ')), fc.array(wording(row), { minLength: 1, maxLength: 6 })));
  it('scores a row against each wording from the words as similarity() scores the joined texts', () => {
    let near = 0;
    fc.assert(
      fc.property(rowAndTexts, ([row, texts]) => {
        const list = texts.map((t, i) => ({ key: `c:made_up_${i}`, text: t }));
        if (reference(row, list)?.score && reference(row, list)!.score < 1) near++;
        const want = reference(row, list);
        if (want !== undefined) expect(rowMatch(row, list)).toEqual(want);
      }),
      { numRuns: 2000 },
    );
    expect(near).toBeGreaterThan(20);
  });
});
