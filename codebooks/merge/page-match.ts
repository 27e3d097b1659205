// Finds the page of a PDF where a question is printed, by its wording. The comparison ignores
// case, accents, punctuation, curly vs straight quotes, spacing and hyphenation across lines: an
// exact hit of the folded wording wins; otherwise the page sharing most word 3-grams, if enough.

export interface PageHit {
  page: number;
  method: 'exact' | 'tail' | 'shingles';
  score: number;
  /** Other pages holding the wording as well (a follow-up printed once per answer): `page` is then only the first. */
  alsoOn?: number[];
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
  /** Each word 3-gram, the pages (0-based, ascending) that hold it. */
  private readonly gramPages = new Map<string, number[]>();
  /** Answers already given: many questions share a wording (editions, tied wordings). */
  private readonly found = new Map<string, PageHit | null>();

  constructor(pageTexts: string[]) {
    this.folded = pageTexts.map(foldText);
    this.padded = this.folded.map((p) => ` ${p} `);
    this.folded.forEach((page, p) => {
      for (const g of shingles(page.split(' '))) {
        const pages = this.gramPages.get(g);
        if (!pages) this.gramPages.set(g, [p]);
        else if (pages[pages.length - 1] !== p) pages.push(p);
      }
    });
  }

  /** The best page for `text` (1-based), or null when no page holds it well enough. The hit is shared: do not change it. */
  find(text: string): PageHit | null {
    let hit = this.found.get(text);
    if (hit === undefined) this.found.set(text, (hit = this.search(text)));
    return hit;
  }

  private search(text: string): PageHit | null {
    const q = foldText(text);
    const words = q ? q.split(' ') : [];
    if (words.length < MIN_WORDS_FOR_EXACT) return null;
    const exact = this.exactPages(q);
    if (exact.length) return withOthers({ page: exact[0]!, method: 'exact', score: 1 }, exact);
    // A grid prints its stem once and each row alone: "In the past 12 months ...: You had to pay ..."
    // is printed as "You had to pay ...". The part after the last colon, when long enough, stands for it.
    const tail = /:\s*([^:]+)$/.exec(text)?.[1];
    const folded = tail ? foldText(tail) : '';
    const part = folded.split(' ').length >= MIN_WORDS_FOR_SHINGLES ? this.exactPages(folded) : [];
    if (part.length) return withOthers({ page: part[0]!, method: 'tail', score: 1 }, part);
    return words.length >= MIN_WORDS_FOR_SHINGLES ? this.bestShingles(words) : null;
  }

  private exactPages(q: string): number[] {
    const needle = ` ${q} `;
    const pages: number[] = [];
    for (let p = 0; p < this.padded.length; p++) if (this.padded[p]!.includes(needle)) pages.push(p + 1);
    return pages;
  }

  private bestShingles(words: string[]): PageHit | null {
    const qs = [...new Set(shingles(words))];
    // here[p]: the question's 3-grams on page p; both[p]: those not on p but on the page after.
    const n = this.padded.length;
    const here = new Int32Array(n);
    const both = new Int32Array(n);
    for (const s of qs) {
      const pages = this.gramPages.get(s);
      if (!pages) continue;
      for (let k = 0; k < pages.length; k++) {
        const p = pages[k]!;
        here[p]!++;
        if (p > 0 && (k === 0 || pages[k - 1] !== p - 1)) both[p - 1]!++;
      }
    }
    let best: PageHit | null = null;
    const scores: [number, number][] = [];
    let top = 0;
    for (let p = 0; p < n; p++) {
      // A question printed across a page break counts its shingles on both pages, from the page
      // holding most of it (a stray common phrase on the page before must not win).
      const score = (here[p]! + (here[p]! >= both[p]! ? both[p]! : 0)) / qs.length;
      if (score >= SHINGLE_THRESHOLD) scores.push([p + 1, score]);
      if (score >= SHINGLE_THRESHOLD && (!best || score > top + 1e-9)) [best, top] = [{ page: p + 1, method: 'shingles', score: Math.round(score * 1000) / 1000 }, score];
    }
    // Other pages as close as the best (a wording repeated under each answer) make it ambiguous.
    return best && withOthers(best, scores.filter(([, s]) => s >= top - 1e-9).map(([p]) => p));
  }
}

function withOthers(hit: PageHit, pages: number[]): PageHit {
  const others = pages.filter((p) => p !== hit.page);
  return others.length ? { ...hit, alsoOn: others } : hit;
}
