// Which questions a Data Browser branching prose quotes, on made-up prose.
import { describe, expect, it } from 'vitest';
import { namedQuestions, namesOthersOnly } from '../../../codebooks/importers/data-browser/branching-prose';

const MADE_UP = "Shown to participants who answered 'Often,' or 'Always' to 'Made-up question one?' AND 'Yes' to 'Made-up question two?'";

describe('branching prose', () => {
  it('reads the quoted questions', () => {
    expect(namedQuestions(MADE_UP)).toEqual(['Made-up question one?', 'Made-up question two?']);
  });
  it('names others only when no quoted question is the parent', () => {
    expect(namesOthersOnly(MADE_UP, 'A made-up gate question?')).toBe(true);
    expect(namesOthersOnly(MADE_UP, 'In the past week: made-up question two?')).toBe(false);
    expect(namesOthersOnly('Shown to participants who have a made-up condition.', 'A made-up gate question?')).toBe(false);
    // A parent the file gives no name for is not shown to be unnamed.
    expect(namesOthersOnly(MADE_UP, '')).toBe(false);
  });
});
