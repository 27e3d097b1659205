// English↔Spanish word associations learnt from the wordings other sources give in both
// languages (questions and answer labels). They are one piece of evidence when a Spanish PDF's
// question is paired with the English PDF's: the pair whose words translate each other wins.
import { words } from './text-match';
import { DocumentPair } from './spanish-pair-score';
import { DocumentWords, pairTable, type WordEvidence } from './spanish-word-table';

/** Words in more than this share of the pairs ("the", "de", "you") say nothing about a pairing. */
const COMMON = 0.04;
/** Cognates ("vandalism"/"vandalismo", "generally"/"generalmente") share a prefix this long. */
const COGNATE_PREFIX = 5;

// Each lexicon (the guard makes two, the alignment one) reads the same wordings: each once.
const contentOf = new Map<string, readonly string[]>();
function content(s: string): readonly string[] {
  let c = contentOf.get(s);
  if (!c) contentOf.set(s, (c = Object.freeze([...new Set(words(s).filter((w) => w.length >= 3 || /\d/.test(w)))])));
  return c;
}

export class Lexicon {
  private readonly enCount = new Map<string, number>();
  private readonly esCount = new Map<string, number>();
  private readonly both = new Map<string, Map<string, number>>();
  private readonly common = new Set<string>();
  /** Telling words of each text scored, computed once: an alignment scores each text many times. */
  private readonly telling = new Map<string, string[]>();
  /** The numbered words of the document each weights() map was made for. */
  private readonly documents = new WeakMap<Map<string, number>, DocumentWords>();
  /** Two documents (keyed by their weights() maps) and the table of their words, filled once. */
  private readonly pairs = new WeakMap<Map<string, number>, WeakMap<Map<string, number>, DocumentPair>>();
  private last: { weightEn: Map<string, number>; weightEs: Map<string, number>; pair: DocumentPair } | null = null;

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
        let row = this.both.get(a);
        if (!row) this.both.set(a, (row = new Map()));
        for (const b of s) if (!this.common.has(b)) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
  }

  /**
   * A Spanish text that is its English left as it was: a word the English texts use at least ten
   * times and the Spanish ones a tenth as often or less ("disease" in a payload's Spanish "Celiac
   * disease"); a name or a word both languages share ("Hepatitis A", "UC Davis Health") is not one.
   */
  untranslated(text: string): boolean {
    const words = content(text);
    // A word the English texts seldom use (fewer than 5 times) is a name kept as it is ("UC Davis Health").
    if (words.some((w) => (this.enCount.get(w) ?? 0) < 5)) return false;
    return words.some((w) => {
      const n = this.enCount.get(w) ?? 0;
      return n >= 10 && (this.esCount.get(w) ?? 0) * 10 <= n;
    });
  }

  private readonly tellingWords = (text: string) => this.wordsOf(text);

  private wordsOf(text: string): string[] {
    let w = this.telling.get(text);
    if (!w) this.telling.set(text, (w = content(text).filter((x) => !this.common.has(x))));
    return w;
  }

  /** Dice coefficient of two words learnt together n times. */
  private dice(en: string, es: string, n: number): number {
    return (2 * n) / (this.enCount.get(en)! + this.esCount.get(es)!);
  }

  /**
   * How far an English word and a Spanish word translate each other, 0..1: the same word 1, a
   * cognate 0.8, else their Dice coefficient over the learnt pairs (pairTable follows these rules).
   */
  private value(en: string, es: string): number {
    if (en === es) return 1;
    if (en.length >= COGNATE_PREFIX && es.startsWith(en.slice(0, COGNATE_PREFIX))) return 0.8;
    const n = this.both.get(en)?.get(es);
    return n ? this.dice(en, es, n) : 0;
  }

  private readonly evidence: WordEvidence = {
    prefix: COGNATE_PREFIX,
    together: (en) => this.both.get(en),
    dice: (en, es, n) => this.dice(en, es, n),
  };

  /**
   * Weight of each word of a document: 1 / the number of its questions using it. Words every
   * question of a scale shares ("neighborhood", "vecindario") do not tell its questions apart.
   */
  weights(texts: string[]): Map<string, number> {
    const df = new Map<string, number>();
    for (const t of texts) for (const w of this.wordsOf(t)) df.set(w, (df.get(w) ?? 0) + 1);
    const weights = new Map([...df].map(([w, n]) => [w, 1 / n]));
    this.documents.set(weights, new DocumentWords(weights));
    return weights;
  }

  /**
   * How well the two texts translate each other, 0..1: the weighted mean, over both texts'
   * telling words, of each word's best translation, cognate or same number on the other side.
   * With the weights of both texts' documents, words are looked up by number in a table of the
   * two documents' words, filled once: an alignment scores every pair of their questions.
   */
  score(en: string, es: string, weightEn?: Map<string, number>, weightEs?: Map<string, number>): number {
    if (!weightEn && !weightEs) return this.scoreUnweighted(en, es);
    const pair = weightEn && weightEs ? this.documentPair(weightEn, weightEs) : null;
    const e = pair?.en.idsOf(en, this.tellingWords);
    const s = pair?.es.idsOf(es, this.tellingWords);
    if (!pair || !e || !s) return this.scoreByWord(this.wordsOf(en), this.wordsOf(es), weightEn, weightEs);
    if (e.length === 0 || s.length === 0) return 0;
    return pair.score(e, s);
  }

  /** Unweighted scores already computed, by English then Spanish: answer lists and the guard ask for the same pairs again. */
  private readonly unweighted = new Map<string, Map<string, number>>();

  private scoreUnweighted(en: string, es: string): number {
    let byEs = this.unweighted.get(en);
    if (!byEs) this.unweighted.set(en, (byEs = new Map()));
    let v = byEs.get(es);
    if (v === undefined) byEs.set(es, (v = this.scoreByWord(this.wordsOf(en), this.wordsOf(es))));
    return v;
  }

  /** The two documents the weights were made for (the last two asked are kept at hand). */
  private documentPair(weightEn: Map<string, number>, weightEs: Map<string, number>): DocumentPair | null {
    if (this.last?.weightEn === weightEn && this.last.weightEs === weightEs) return this.last.pair;
    const [en, es] = [this.documents.get(weightEn), this.documents.get(weightEs)];
    if (!en || !es) return null;
    let byDoc = this.pairs.get(weightEn);
    if (!byDoc) this.pairs.set(weightEn, (byDoc = new WeakMap()));
    let pair = byDoc.get(weightEs);
    if (!pair) byDoc.set(weightEs, (pair = new DocumentPair(en, es, pairTable(en, es, this.evidence))));
    this.last = { weightEn, weightEs, pair };
    return pair;
  }

  /** score() word by word, for texts scored outside their documents. Sums in the same order. */
  private scoreByWord(e: string[], s: string[], weightEn?: Map<string, number>, weightEs?: Map<string, number>): number {
    if (e.length === 0 || s.length === 0) return 0;
    const best = new Float64Array(s.length);
    let sum = 0;
    let total = 0;
    for (const a of e) {
      let top = 0;
      s.forEach((b, j) => {
        const v = this.value(a, b);
        if (v > top) top = v;
        if (v > best[j]!) best[j] = v;
      });
      const w = weightEn?.get(a) ?? 1;
      sum += w * top;
      total += w;
    }
    s.forEach((b, j) => {
      const w = weightEs?.get(b) ?? 1;
      sum += w * best[j]!;
      total += w;
    });
    return total > 0 ? sum / total : 0;
  }
}
