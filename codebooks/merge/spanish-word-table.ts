// The words of one document numbered, and a table of how far each English word of one document
// translates each Spanish word of another: aligning two instrument PDFs scores every pair of
// their questions, so each pair of words is valued once and then read by number.

export class DocumentWords {
  readonly words: string[];
  readonly weight: Float64Array;
  private readonly index = new Map<string, number>();
  private readonly ids = new Map<string, Int32Array | null>();

  /** `weights`: each word of the document with its weight (Lexicon.weights). */
  constructor(weights: Map<string, number>) {
    this.words = [...weights.keys()];
    this.weight = Float64Array.from(weights.values());
    this.words.forEach((w, i) => this.index.set(w, i));
  }

  indexOf(word: string): number {
    return this.index.get(word) ?? -1;
  }

  /** The words at least `length` long, grouped by their first `length` letters. */
  byPrefix(length: number): Map<string, number[]> {
    const groups = new Map<string, number[]>();
    this.words.forEach((w, i) => {
      if (w.length < length) return;
      const p = w.slice(0, length);
      groups.set(p, [...(groups.get(p) ?? []), i]);
    });
    return groups;
  }

  /** The numbers of a text's words, in order; null when a word is not of this document. */
  idsOf(text: string, words: (text: string) => string[]): Int32Array | null {
    let ids = this.ids.get(text);
    if (ids === undefined) {
      const found = words(text).map((w) => this.index.get(w) ?? -1);
      ids = found.includes(-1) ? null : Int32Array.from(found);
      this.ids.set(text, ids);
    }
    return ids;
  }
}

/** What a table is filled from: the same three rules as Lexicon's value of a word pair. */
export interface WordEvidence {
  /** Cognates share a prefix this long. */
  prefix: number;
  /** How often each Spanish word was learnt beside the English word (Dice counts). */
  together(en: string): Map<string, number> | undefined;
  /** Dice coefficient of the two words from how often they were learnt together. */
  dice(en: string, es: string, n: number): number;
}

/**
 * The value of every English word a of `en` with every Spanish word b of `es`, row by row: 1 when
 * the same word, else 0.8 when b starts with a's first `prefix` letters (a long enough), else their
 * Dice coefficient, else 0. Filled from each word's learnt partners and the Spanish words grouped
 * by prefix, not by trying every pair.
 */
export function pairTable(en: DocumentWords, es: DocumentWords, evidence: WordEvidence): Float64Array {
  const m = es.words.length;
  const table = new Float64Array(en.words.length * m);
  const byPrefix = es.byPrefix(evidence.prefix);
  en.words.forEach((a, i) => {
    const row = i * m;
    const partners = evidence.together(a);
    if (partners && partners.size < m) {
      for (const [b, n] of partners) {
        const j = es.indexOf(b);
        if (j >= 0) table[row + j] = evidence.dice(a, b, n);
      }
    } else if (partners) {
      es.words.forEach((b, j) => {
        const n = partners.get(b);
        if (n) table[row + j] = evidence.dice(a, b, n);
      });
    }
    if (a.length >= evidence.prefix) for (const j of byPrefix.get(a.slice(0, evidence.prefix)) ?? []) table[row + j] = 0.8;
    const same = es.indexOf(a);
    if (same >= 0) table[row + same] = 1;
  });
  return table;
}
