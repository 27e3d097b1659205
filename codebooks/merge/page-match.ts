// Finds the page of a PDF where a question is printed, by its wording. The comparison ignores
// case, accents, punctuation, curly vs straight quotes, spacing and hyphenation across lines: an
// exact hit of the folded wording wins; otherwise the page sharing most word 3-grams, if enough.

export interface PageHit {
  page: number;
  method: 'exact' | 'tail' | 'shingles';
  score: number;
}

/** Share of the question's word 3-grams a page must hold for a non-exact hit. */
export const SHINGLE_THRESHOLD = 0.6;
/** Shorter wordings ("Yes", "Zip code") are printed everywhere: no page is taken for them. */
const MIN_WORDS_FOR_EXACT = 3;
/** Questions shorter than this (in words) are only taken on an exact hit: a few words match anywhere. */
const MIN_WORDS_FOR_SHINGLES = 4;

/** Folds a text to lower-case ASCII-ish words separated by single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/<[^>]{1,40}>/g, ' ') // markup in codebook text (<b>, <br/>)
    .replace(/\u00ad/g, '') // soft hyphen
    // A word broken by a hyphen at a line end, and a hyphenated word, fold the same: one word.
    .replace(/([a-z0-9\u00f1])[-\u2010\u2011\u2013]\s*([a-z0-9\u00f1])/g, '$1$2')
    .replace(/[^a-z0-9\u00f1]+/g, ' ')
    .trim();
}

function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** A document's pages, folded once and reused for every question. */
export class PageIndex {
  readonly folded: string[];
  private readonly padded: string[];
  private readonly grams: Set<string>[];

  constructor(pageTexts: string[]) {
    this.folded = pageTexts.map(foldText);
    this.padded = this.folded.map((p) => ` ${p} `);
    this.grams = this.folded.map((p) => new Set(shingles(p.split(' '))));
  }

  /** The best page for `text` (1-based), or null when no page holds it well enough. */
  find(text: string): PageHit | null {
    const q = foldText(text);
    const words = q ? q.split(' ') : [];
    if (words.length < MIN_WORDS_FOR_EXACT) return null;
    const exact = this.exactPage(q);
    if (exact) return { page: exact, method: 'exact', score: 1 };
    // A grid prints its stem once and each row alone: "In the past 12 months ...: You had to pay ..."
    // is printed as "You had to pay ...". The part after the last colon, when long enough, stands for it.
    const tail = /:\s*([^:]+)$/.exec(text)?.[1];
    const folded = tail ? foldText(tail) : '';
    const part = folded.split(' ').length >= MIN_WORDS_FOR_SHINGLES ? this.exactPage(folded) : null;
    if (part) return { page: part, method: 'tail', score: 1 };
    return words.length >= MIN_WORDS_FOR_SHINGLES ? this.bestShingles(words) : null;
  }

  private exactPage(q: string): number | null {
    const needle = ` ${q} `;
    for (let p = 0; p < this.padded.length; p++) if (this.padded[p]!.includes(needle)) return p + 1;
    return null;
  }

  private bestShingles(words: string[]): PageHit | null {
    const qs = [...new Set(shingles(words))];
    let best: PageHit | null = null;
    for (let p = 0; p < this.grams.length; p++) {
      const g = this.grams[p]!;
      // A question printed across a page break counts its shingles on both pages, from the page
      // holding most of it (a stray common phrase on the page before must not win).
      const next = this.grams[p + 1];
      let here = 0;
      let both = 0;
      for (const s of qs) {
        if (g.has(s)) here++;
        else if (next?.has(s)) both++;
      }
      const score = (here + (here >= both ? both : 0)) / qs.length;
      if (score >= SHINGLE_THRESHOLD && (!best || score > best.score + 1e-9)) best = { page: p + 1, method: 'shingles', score: Math.round(score * 1000) / 1000 };
    }
    return best;
  }
}
