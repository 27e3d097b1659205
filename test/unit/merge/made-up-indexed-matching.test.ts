// The merge indexes its frozen candidate lists (bestMatch by word bigram, exactTieByContext by
// wording): on made-up wordings from a small vocabulary (so that ties and shared bigrams are
// frequent), the indexed answers are those of scanning every candidate, `tied` included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestMatch, bestMatchScan, type MatchCandidate } from '../../../codebooks/merge/text-match';
import { exactTieByContext } from '../../../codebooks/merge/exact-tie-context';
import type { MergedItem } from '../../../codebooks/merge/items';

const vocabulary = ['made', 'up', 'how', 'often', 'did', 'you', 'smoke', 'vape', 'weeks', 'Months', 'días'];
const wording = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 7 }).map((w) => w.join(' '));
const candidate = fc.record({ key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5'), text: wording });
const list = fc.array(candidate, { minLength: 0, maxLength: 25 });

describe('bestMatch on a frozen list (made-up wordings)', () => {
  it('gives bestMatchScan’s key, score and tie', () => {
    fc.assert(
      fc.property(list, fc.array(wording, { minLength: 1, maxLength: 6 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (cands, texts, threshold) => {
        const frozen = Object.freeze(cands.map((c) => Object.freeze({ ...c })));
        // Several prints against the same list: the index made for the first serves the others.
        for (const t of texts) expect(bestMatch(t, frozen, threshold)).toEqual(bestMatchScan(t, cands, threshold));
      }),
      { numRuns: 400 },
    );
  });
  it('finds the exact wording and reports a tie between two keys', () => {
    const cands: MatchCandidate[] = Object.freeze([
      { key: 'k1', text: 'How often did you smoke?' },
      { key: 'k2', text: 'how often did you smoke' },
      { key: 'k3', text: 'How often did you vape?' },
    ]) as MatchCandidate[];
    expect(bestMatch('How often did you smoke', cands, 0.5)).toEqual({ key: 'k1', score: 1, tied: true });
    expect(bestMatch('made up', cands, 0.5)).toBeNull();
  });
});

describe('exactTieByContext on a frozen list (made-up wordings)', () => {
  const items = new Map(['k1', 'k2', 'k3', 'k4', 'k5', 'p1', 'p2'].map((key, i) => [key, { key, kind: 'question', parentKey: i < 5 ? `p${(i % 2) + 1}` : null } as MergedItem]));
  it('gives the answer of the unfrozen list', () => {
    fc.assert(
      fc.property(list, wording, fc.constantFrom('k1', 'k2', 'k3'), fc.array(fc.record({ key: fc.constantFrom(null, 'p1', 'p2', 'k1', 'k4'), text: wording }), { maxLength: 4 }), (cands, text, hit, above) => {
        const frozen = Object.freeze(cands.map((c) => Object.freeze({ ...c })));
        expect(exactTieByContext(text, hit, frozen, items, above)).toBe(exactTieByContext(text, hit, [...cands], items, above));
      }),
      { numRuns: 400 },
    );
  });
});
