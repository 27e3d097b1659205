// Scores every question of one English document against every question of one Spanish
// document, by word numbers (spanish-word-table.ts). An alignment asks for one English question
// against each Spanish one in turn, so that question's values are laid out once by Spanish word:
// the values a Spanish question needs then sit side by side.
import type { DocumentWords } from './spanish-word-table';

export class DocumentPair {
  private enIds: Int32Array | null = null;
  /** For the current English text: value of its t-th word with Spanish word b at [b * k + t]. */
  private block = new Float64Array(0);
  private top = new Float64Array(16);
  private best = new Float64Array(16);

  /** `table`: pairTable(en, es), the value of English word a with Spanish word b at [a * |es| + b]. */
  constructor(
    readonly en: DocumentWords,
    readonly es: DocumentWords,
    private readonly table: Float64Array,
  ) {}

  private layOut(e: Int32Array): void {
    const [k, m] = [e.length, this.es.words.length];
    if (this.block.length < k * m) this.block = new Float64Array(k * m);
    if (this.top.length < k) this.top = new Float64Array(k);
    for (let t = 0; t < k; t++) {
      const row = e[t]! * m;
      for (let b = 0; b < m; b++) this.block[b * k + t] = this.table[row + b]!;
    }
    this.enIds = e;
  }

  /**
   * The weighted mean, over both texts' words, of each word's best value on the other side.
   * Sums in the order of Lexicon.score word by word (English words, then Spanish words), so the
   * result is the same number to the last bit; the maxima do not depend on order.
   */
  score(e: Int32Array, s: Int32Array): number {
    if (e !== this.enIds) this.layOut(e);
    const k = e.length;
    const [top, block] = [this.top.fill(0, 0, k), this.block];
    if (this.best.length < s.length) this.best = new Float64Array(s.length);
    const best = this.best;
    for (let j = 0; j < s.length; j++) {
      const base = s[j]! * k;
      let b = 0;
      for (let t = 0; t < k; t++) {
        const v = block[base + t]!;
        if (v > top[t]!) top[t] = v;
        if (v > b) b = v;
      }
      best[j] = b;
    }
    let sum = 0;
    let total = 0;
    for (let t = 0; t < k; t++) {
      const w = this.en.weight[e[t]!]!;
      sum += w * top[t]!;
      total += w;
    }
    for (let j = 0; j < s.length; j++) {
      const w = this.es.weight[s[j]!]!;
      sum += w * best[j]!;
      total += w;
    }
    return total > 0 ? sum / total : 0;
  }
}
