// Wordings of a series alike but for a word (made-up relatives): a wording-overlap match does not
// take the page printing a twin's own word (codebooks/merge/twin-wordings.ts).
import { describe, expect, it } from 'vitest';
import { foldText, PageIndex, shingles, type NotHere } from '../../../codebooks/merge/page-match';
import { twinsPages, twinWords } from '../../../codebooks/merge/twin-wordings';

const cousin = 'Please tell us if your cousin has ever had any of these made-up zebra conditions. Think only of the person related to you. (select all)';
const uncle = 'Please tell us if your uncle has ever had any of these made-up zebra conditions. Think only of the person related to you. (select all)';
const twins = twinWords([
  { item: 1, text: cousin },
  { item: 2, text: uncle },
]);
const notHere = (wording: string): NotHere => (pages) => twinsPages(pages, twins.get(foldText(wording)) ?? [], new Set());

describe('twin wordings', () => {
  it('tells two wordings apart by the word only one has', () => {
    expect(twins.size).toBe(2);
    for (const list of twins.values()) expect(list).toHaveLength(1);
  });

  it("a page printing the twin's word and not the wording's is not taken, though its boilerplate matches better", () => {
    const index = new PageIndex([
      'Please tell us if your uncle has ever had any of these made-up zebra conditions. Think only of the person related to you. (select all)',
      'o Made-up zebra fever',
      'Please tell us if your cousin has ever had any of these made-up zebra conditions. Think only of those people related to you.',
    ]);
    expect(index.find(cousin)?.page).toBe(1);
    expect(index.find(cousin, new Set(), notHere(cousin))?.page).toBe(3);
    expect(index.find(uncle, new Set(), notHere(uncle))?.page).toBe(1);
  });

  it('a document printing neither word tells nothing apart', () => {
    const pages = ['Please tell us if your relative has ever had any of these made-up zebra conditions. Think only of the person related to you.'];
    expect(twinsPages(pages.map((p) => new Set(shingles(foldText(p).split(' ')))), twins.get(foldText(cousin))!, new Set()).pages.size).toBe(0);
    expect(new PageIndex(pages).find(cousin, new Set(), notHere(cousin))?.page).toBe(1);
  });
});
