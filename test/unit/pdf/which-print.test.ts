// Which print of a wording a link highlights (codebooks/write/which-print.ts), on made-up folded
// pages: the one under the heading of an answer that opens the item, a heading inside a longer
// one being none, and a print opening its line told from the same words inside a sentence.
import { describe, expect, it } from 'vitest';
import { opensLine, printsOf, printUnderHeading } from '../../../codebooks/write/which-print';
import { foldRuns } from '../../../renderer/src/features/pdf/find-text';
import type { Anchor } from '../../../codebooks/write/follow-up-pages';

const anchor = (label: string, siblings: string[]): Anchor => ({ parentPage: 1, label, siblings });
const q = 'how old were you';
// Made up: three headed blocks, each with the same follow-up.
const page = 'anxiety how old were you yes no bipolar disorder how old were you yes no depression how old were you';

describe('which print a link highlights', () => {
  it('counts every print of the wording', () => {
    expect(printsOf(page, q)).toEqual([page.indexOf(q), page.indexOf(`disorder ${q}`) + 9, page.lastIndexOf(q)]);
    expect(printsOf(page, q)).toHaveLength(3);
  });

  it('takes the print under the heading of the answer that opens the item', () => {
    expect(printUnderHeading(page, q, [anchor('Bipolar disorder', ['Anxiety', 'Depression'])])).toBe(1);
    expect(printUnderHeading(page, q, [anchor('Depression', ['Anxiety', 'Bipolar disorder'])])).toBe(2);
    expect(printUnderHeading(page, q, [anchor('Anxiety', ['Bipolar disorder', 'Depression'])])).toBe(0);
  });

  it('with its heading on the page before, the print before any other answer heading', () => {
    const next = 'how old were you yes no depression how old were you';
    const before = 'anxiety how old were you bipolar disorder';
    expect(printUnderHeading(next, q, [anchor('Bipolar disorder', ['Depression'])], undefined, before)).toBe(0);
    // Its heading on neither page: the page does not tell.
    expect(printUnderHeading(next, q, [anchor('Bipolar disorder', ['Depression'])], undefined, 'anxiety how old were you')).toBeNull();
    // Its heading is on this page, after another's: not the first print.
    expect(printUnderHeading(next, q, [anchor('Depression', ['Bipolar disorder'])], undefined, before)).toBe(1);
  });

  it("counts only the prints it is given (echoes of a source's wording left out)", () => {
    const prints = printsOf(page, q).slice(1);
    expect(printUnderHeading(page, q, [anchor('Depression', ['Anxiety', 'Bipolar disorder'])], prints)).toBe(1);
  });

  it('reads a label inside a longer heading as no heading', () => {
    const both = 'stroke how old were you transient attack or mini stroke event how old were you other heart condition how old were you';
    const stroke = anchor('Stroke', ['Transient attack or mini stroke event', 'Other heart condition']);
    expect(printUnderHeading(both, q, [stroke])).toBe(0);
    expect(printUnderHeading(both, q, [anchor('Transient attack or mini stroke event', ['Stroke', 'Other heart condition'])])).toBe(1);
  });

  it('does not tell with one print, no labels, or no heading on the page', () => {
    expect(printUnderHeading('bipolar disorder how old were you', q, [anchor('Bipolar disorder', [])])).toBeNull();
    expect(printUnderHeading(page, q, [])).toBeNull();
    expect(printUnderHeading('how old were you yes how old were you', q, [anchor('Mania', ['Psychosis'])])).toBeNull();
  });

  it('tells a print opening its line from the same words inside a sentence', () => {
    const runs = [
      { str: '● Relationship to You', x: 0, y: 0, size: 10, width: 100, eol: true },
      { str: 'Tell us your relationship to you', x: 0, y: 12, size: 10, width: 100, eol: true },
      { str: '●', x: 0, y: 24, size: 10, width: 5, eol: true },
      { str: 'Relationship to You', x: 10, y: 24, size: 10, width: 90, eol: true },
    ];
    const folded = foldRuns(runs);
    const at = printsOf(folded.text, 'relationship to you');
    expect(at).toHaveLength(3);
    expect(at.map((a) => opensLine(runs, folded, a))).toEqual([true, false, true]);
  });
});
