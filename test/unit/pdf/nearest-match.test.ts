// The viewer's find keeps a link's highlight on the print under the build's boxes, not the page's
// first match (useFind.ts nearestMatch), on made-up text origins and boxes.
import { describe, expect, it } from 'vitest';
import { nearestMatch } from '../../../renderer/src/features/pdf/useFind';

// Made up: three prints of one wording, on lines with baselines 100, 300 and 500 points down.
const origins = [
  { x: 72, y: 100 },
  { x: 72, y: 300 },
  { x: 126, y: 500 },
  { x: 300, y: 500 },
];
const matches = [{ ranges: [{ item: 0 }] }, { ranges: [{ item: 1 }] }, { ranges: [{ item: 2 }, { item: 3 }] }];
// A box's top is 0.85 sizes above the baseline and its height 1.1 sizes (size 12 here).
const box = (x: number, baseline: number): [number, number, number, number] => [x, baseline - 0.85 * 12, 200, 1.1 * 12];

describe('the match under a link box', () => {
  it('is the one whose line is the box line', () => {
    expect(nearestMatch(matches, origins, box(72, 100))).toBe(0);
    expect(nearestMatch(matches, origins, box(72, 300))).toBe(1);
    expect(nearestMatch(matches, origins, box(126, 500))).toBe(2);
  });

  it('on one line, the one starting nearest the box', () => {
    const same = [{ ranges: [{ item: 2 }] }, { ranges: [{ item: 3 }] }];
    expect(nearestMatch(same, origins, box(290, 500))).toBe(1);
    expect(nearestMatch(same, origins, box(120, 500))).toBe(0);
  });

  it('is the first where no match has an origin', () => {
    expect(nearestMatch([{ ranges: [] }], origins, box(72, 300))).toBe(0);
  });
});
