// Grid rows printed alone under their stem, matched to the one question worded stem + row
// (made-up wordings).
import { describe, expect, it } from 'vitest';
import { rowMatch } from '../../../codebooks/merge/row-match';

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
});
