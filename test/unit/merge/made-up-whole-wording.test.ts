// wholeWordingIn on made-up wordings: an item's whole wording inside a longer print, in at most
// two long runs, ties the print; a wording spread in short pieces over another sentence does not.
import { describe, expect, it } from 'vitest';
import { inLongRuns, wholeWordingIn } from '../../../codebooks/merge/whole-wording';
import { words } from '../../../codebooks/merge/text-match';

const ITEM = 'Think about the made-up activities of the last 7 days. During the last 7 days, did you do made-up activities like juggling or unicycling?';
const candidates = [
  { key: 'activities', text: ITEM },
  { key: 'gatherings-50', text: 'Thinking about your made-up habits, in the last 5 days: I went to made-up gatherings of MORE than 50 people.' },
];

describe('wholeWordingIn (made-up)', () => {
  it('ties a print holding the whole wording with sentences of its own between two long runs', () => {
    const print = 'Think about the made-up activities of the last 7 days. Made-up activities take some effort. During the last 7 days, did you do made-up activities like juggling or unicycling?';
    expect(wholeWordingIn(print, candidates)).toBe('activities');
  });
  it('ties a print that only adds words after the whole wording', () => {
    expect(wholeWordingIn(`${ITEM} Count each day once.`, candidates)).toBe('activities');
  });
  it('does not tie a wording spread in short pieces over another question', () => {
    const print = 'Thinking about your made-up habits, in the last 5 days: I went to made-up gatherings of MORE than 10 people but LESS than 50 people.';
    expect(wholeWordingIn(print, candidates)).toBeNull();
    expect(inLongRuns(words('a b c d e f g'), words('a b c d e x f g'))).toBe(false);
  });
  it('does not tie short wordings, nor when two items fit', () => {
    expect(wholeWordingIn('How many days per week? Count each day.', [{ key: 'days', text: 'How many days per week?' }])).toBeNull();
    expect(wholeWordingIn(`${ITEM} More.`, [...candidates, { key: 'twin', text: ITEM }])).toBeNull();
  });
  it('takes at most two runs', () => {
    expect(inLongRuns(words('a b c d e f g h i j k l m n o'), words('a b c d e x f g h i j y k l m n o'))).toBe(false);
    expect(inLongRuns(words('a b c d e f g h i j'), words('a b c d e x f g h i j'))).toBe(true);
  });
});
