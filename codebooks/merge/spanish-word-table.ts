// The words of one document numbered, and a table of how far each English word of one document
// translates each Spanish word of another: aligning two instrument PDFs scores every pair of
// their questions, so each pair of words is valued once and then read by number.

export type PairValue = (en: string, es: string) => number;

export class DocumentWords {
  readonly words: string[];
  readonly weight: Float64Array;
  private readonly index = new Map<string, number>();
  private readonly ids = new Map<string, Int32Array | null>();
  /** Best value each Spanish word of the text being scored reaches (scratch, reused). */
  private best = new Float64Array(16);

  /** `weights`: each word of the document with its weight (Lexicon.weights). */
  constructor(weights: Map<string, number>) {
    this.words = [...weights.keys()];
    this.weight = Float64Array.from(weights.values());
    this.words.forEach((w, i) => this.index.set(w, i));
  }

  /** The numbers of a text's words, in order; null when a word is not of this document. */
  idsOf(text: string, words: string[]): Int32Array | null {
    let ids = this.ids.get(text);
    if (ids === undefined) {
      const found = words.map((w) => this.index.get(w) ?? -1);
      ids = found.includes(-1) ? null : Int32Array.from(found);
      this.ids.set(text, ids);
    }
    return ids;
  }

  /**
   * The weighted mean, over both texts' words, of each word's best value on the other side
   * (`this` is the Spanish document). Sums in the order of Lexicon.score, word by word, so the
   * result is the same number to the last bit.
   */
  score(e: Int32Array, s: Int32Array, en: DocumentWords, table: Float64Array): number {
    const m = this.words.length;
    if (this.best.length < s.length) this.best = new Float64Array(s.length);
    const best = this.best.fill(0, 0, s.length);
    let sum = 0;
    let total = 0;
    for (let i = 0; i < e.length; i++) {
      const row = e[i]! * m;
      let top = 0;
      for (let j = 0; j < s.length; j++) {
        const v = table[row + s[j]!]!;
        if (v > top) top = v;
        if (v > best[j]!) best[j] = v;
      }
      const w = en.weight[e[i]!]!;
      sum += w * top;
      total += w;
    }
    for (let j = 0; j < s.length; j++) {
      const w = this.weight[s[j]!]!;
      sum += w * best[j]!;
      total += w;
    }
    return total > 0 ? sum / total : 0;
  }
}

/** value(a, b) for every English word a of `en` and Spanish word b of `es`, row by row. */
export function pairTable(en: DocumentWords, es: DocumentWords, value: PairValue): Float64Array {
  const m = es.words.length;
  const table = new Float64Array(en.words.length * m);
  en.words.forEach((a, i) => {
    for (let j = 0; j < m; j++) table[i * m + j] = value(a, es.words[j]!);
  });
  return table;
}
