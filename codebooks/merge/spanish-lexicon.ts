// English↔Spanish word associations learnt from the wordings other sources give in both
// languages (questions and answer labels). They are one piece of evidence when a Spanish PDF's
// question is paired with the English PDF's: the pair whose words translate each other wins.
import { words } from './text-match';

/** Words in more than this share of the pairs ("the", "de", "you") say nothing about a pairing. */
const COMMON = 0.04;
/** Cognates ("vandalism"/"vandalismo", "generally"/"generalmente") share a prefix this long. */
const COGNATE_PREFIX = 5;

const content = (s: string) => [...new Set(words(s).filter((w) => w.length >= 3 || /\d/.test(w)))];

export class Lexicon {
  private readonly enCount = new Map<string, number>();
  private readonly esCount = new Map<string, number>();
  private readonly both = new Map<string, number>();
  private readonly common = new Set<string>();

  constructor(pairs: [string, string][]) {
    const bags = pairs.map(([en, es]) => [content(en), content(es)] as const);
    for (const [e, s] of bags) {
      for (const w of e) this.enCount.set(w, (this.enCount.get(w) ?? 0) + 1);
      for (const w of s) this.esCount.set(w, (this.esCount.get(w) ?? 0) + 1);
    }
    const cap = Math.max(3, COMMON * pairs.length);
    for (const [w, n] of [...this.enCount, ...this.esCount]) if (n > cap) this.common.add(w);
    for (const [e, s] of bags) {
      for (const a of e) {
        if (this.common.has(a)) continue;
        for (const b of s) if (!this.common.has(b)) this.both.set(`${a}|${b}`, (this.both.get(`${a}|${b}`) ?? 0) + 1);
      }
    }
  }

  /** Dice coefficient of two words over the learnt pairs, 0..1. */
  private dice(en: string, es: string): number {
    const n = this.both.get(`${en}|${es}`);
    return n ? (2 * n) / (this.enCount.get(en)! + this.esCount.get(es)!) : 0;
  }

  /** Share of the English text's telling words that have a translation, cognate or same number in the Spanish text, 0..1. */
  score(en: string, es: string): number {
    const e = content(en).filter((w) => !this.common.has(w));
    const s = content(es).filter((w) => !this.common.has(w));
    if (e.length === 0 || s.length === 0) return 0;
    let sum = 0;
    for (const a of e) {
      let best = 0;
      for (const b of s) {
        const v = a === b ? 1 : a.length >= COGNATE_PREFIX && b.startsWith(a.slice(0, COGNATE_PREFIX)) ? 0.8 : this.dice(a, b);
        if (v > best) best = v;
      }
      sum += best;
    }
    return sum / e.length;
  }
}
