// pastedBlockVerdicts on made-up wordings: one file's Spanish pasted over a block of questions is
// kept only where it translates best, once the guard has called it another's somewhere.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../codebooks/merge/choose';
import { pastedBlockVerdicts, type Holding } from '../../../codebooks/merge/spanish-pasted-block';

const fact = (value: string, source = 'made-up:payload.json'): Fact => ({ field: 'text.es', value, prov: { source }, chosen: true });
const PASTED = 'Texto pegado sobre el bloque';
const owner = 'Errands question';
// Made-up scores: the owner's English translates the pasted Spanish best.
const scores: Record<string, number> = { [owner]: 0.6, 'Concentrating question': 0.4, 'Walking question': 0.2 };
const score = (en: string) => scores[en] ?? 0;

describe('pastedBlockVerdicts (made-up)', () => {
  it('keeps the pasted value only on the question it translates best, once the guard saw it elsewhere', () => {
    const hs: Holding[] = Object.keys(scores).map((en) => ({ en, fact: fact(PASTED) }));
    const judge = (en: string) => (en === 'Walking question' ? { why: 'elsewhere' } : null);
    const v = pastedBlockVerdicts(hs, judge, score);
    expect([...v.keys()].map((f) => hs.find((h) => h.fact === f)!.en).sort()).toEqual(['Concentrating question', 'Walking question']);
    expect([...v.values()].every((x) => x.owner === owner && x.why === 'elsewhere')).toBe(true);
  });
  it('drops nothing when the guard called none of them another’s (a shared template)', () => {
    const hs: Holding[] = Object.keys(scores).map((en) => ({ en, fact: fact(PASTED) }));
    expect(pastedBlockVerdicts(hs, () => null, score).size).toBe(0);
  });
  it('groups by file: the same Spanish from two files is two values', () => {
    const hs: Holding[] = [
      { en: owner, fact: fact(PASTED, 'made-up:a.json') },
      { en: 'Walking question', fact: fact(PASTED, 'made-up:b.json') },
    ];
    expect(pastedBlockVerdicts(hs, () => ({ why: 'elsewhere' }), score).size).toBe(0);
  });
  it('names no owner on a tie, and leaves large groups (templates) alone', () => {
    const tie = ['A question', 'B question'].map((en) => ({ en, fact: fact(PASTED) }));
    expect(pastedBlockVerdicts(tie, () => ({ why: 'elsewhere' }), () => 0.5).size).toBe(0);
    const many = Array.from({ length: 7 }, (_, i) => ({ en: `Question ${i}`, fact: fact(PASTED) }));
    expect(pastedBlockVerdicts(many, () => ({ why: 'elsewhere' }), (en) => Number(en.slice(-1)) / 10).size).toBe(0);
  });
});
