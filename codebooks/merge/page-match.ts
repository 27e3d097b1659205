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
/** Share of a wording's own 3-grams (not its opening answer's) a page must hold as well. */
export const OWN_SHARE = 0.5;
/** Shorter wordings ("Yes", "Zip code") are printed everywhere: no page is taken for them. */
const MIN_WORDS_FOR_EXACT = 3;
/** Questions shorter than this (in words) are only taken on an exact hit: a few words match anywhere. */
const MIN_WORDS_FOR_SHINGLES = 4;
/** Wordings shorter than this (in words) are generic ("other (please specify)"): they take a page
 *  only where a printed line is all of them, not part of another question's ("If other, please
 *  specify:", HCAU English p.11, is the delayed-care box, not the insurance one). */
export const MIN_WORDS_INSIDE_LINE = 5;

/** Words a printed line may go on after a short wording it opens ("… y la sangre"). */
const MAX_WORDS_AFTER_OPENING = 3;
const FREE_TEXT = /^(?:free text|texto libre)\b/;

const NONE: ReadonlySet<string> = new Set();
/** Given each page's 3-grams, the pages (0-based) a wording-overlap match must not take, another
 *  question's, and whether a page prints the wording's own words (twin-wordings.ts). */
export type NotHere = (pages: readonly ReadonlySet<string>[]) => { pages: ReadonlySet<number>; owns: (page: number) => boolean };
const NONE_PAGES: ReadonlySet<number> = new Set();
const NOWHERE: NotHere = () => ({ pages: NONE_PAGES, owns: () => false });

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

export function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** A document's pages, folded once and reused for every question. */
export class PageIndex {
  readonly folded: string[];
  private readonly padded: string[];
  private printedIds: Map<number, Set<number>> | null = null;
  private readonly grams: Set<string>[];
  private readonly lines: Set<string>[];

  constructor(pageTexts: string[]) {
    this.folded = pageTexts.map(foldText);
    this.lines = pageTexts.map((p) => new Set(p.split('\n').flatMap(lineForms)));
    this.padded = this.folded.map((p) => ` ${p} `);
    this.grams = this.folded.map((p) => new Set(shingles(p.split(' '))));
  }

  /** The best page for `text` (1-based), or null when no page holds it well enough. A non-exact
   *  hit counts none of the `said` 3-grams (what the text repeats of the answer that opens it). */
  find(text: string, said: ReadonlySet<string> = NONE, notHere: NotHere = NOWHERE): PageHit | null {
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
    // A short wording cut short by its source ("Enfermedades del corazón", printed as the heading
    // "Enfermedades del corazón y la sangre", FHH Spanish p.7) opens a printed line.
    const opening = words.length < MIN_WORDS_INSIDE_LINE ? this.openingPages(q) : [];
    if (opening.length) return withOthers({ page: opening[0]!, method: 'exact', score: 1 }, opening);
    // A generic wording's few 3-grams are as easily held by another question's print: none.
    if (words.length < MIN_WORDS_FOR_SHINGLES || words.length < MIN_WORDS_INSIDE_LINE) return null;
    const plain = this.bestShingles(words, said, NONE_PAGES);
    const twins = notHere(this.grams);
    if (!twins.pages.size) return plain;
    // A page the twins' pages leave must print the wording's own words to be taken instead.
    const told = this.bestShingles(words, said, twins.pages);
    const same = told && plain && told.page === plain.page && String(told.alsoOn) === String(plain.alsoOn);
    return !told || same || twins.owns(told.page - 1) ? told : plain;
  }

  /** The one page printing "PPI<id>" (the 2017/2018 editions print each question's concept ID), or null. */
  idPage(conceptId: number): number | null {
    const pages = this.idPages().get(conceptId);
    return pages?.size === 1 ? [...pages][0]! : null;
  }

  /** Each printed ID's pages, read once per document (not once per question). */
  private idPages(): Map<number, Set<number>> {
    if (this.printedIds) return this.printedIds;
    this.printedIds = new Map();
    this.padded.forEach((p, i) => {
      for (const m of p.matchAll(/(?<= )ppi(\d+)(?= )/g)) {
        const id = Number(m[1]);
        if (!this.printedIds!.has(id)) this.printedIds!.set(id, new Set());
        this.printedIds!.get(id)!.add(i + 1);
      }
    });
    return this.printedIds;
  }

  /** Pages with a line that is the wording and a few words more, not an entry box's marker ("Otro
   *  (Por favor, especifique [free text])", HCAU Spanish p.8, is the delayed-care box: no insurance one). */
  private openingPages(q: string): number[] {
    const start = `${q} `;
    const opens = (l: string) => {
      if (!l.startsWith(start)) return false;
      const more = l.slice(start.length).split(' ');
      return more.length <= MAX_WORDS_AFTER_OPENING && !FREE_TEXT.test(more.join(' '));
    };
    const pages: number[] = [];
    for (let p = 0; p < this.lines.length; p++) if ([...this.lines[p]!].some(opens)) pages.push(p + 1);
    return pages;
  }

  private exactPages(q: string): number[] {
    const needle = ` ${q} `;
    const whole = q.split(' ').length < MIN_WORDS_INSIDE_LINE;
    const pages: number[] = [];
    for (let p = 0; p < this.padded.length; p++) {
      if (whole ? this.lines[p]!.has(q) : this.padded[p]!.includes(needle)) pages.push(p + 1);
    }
    return pages;
  }

  private bestShingles(words: string[], said: ReadonlySet<string>, notHere: ReadonlySet<number>): PageHit | null {
    const qs = [...new Set(shingles(words))];
    // What the wording repeats of its opening answer ("… for head and neck cancer? (This includes
    // cancers of the mouth, …)") is printed where that answer is listed too (FHH English p.4, a
    // checklist): a page must also hold enough of the rest, and the page holding most of it wins.
    // A wording that is its answer's label and no more ("Hispanic, Latino, or Spanish (For example:
    // …)", its list printed right below it) is looked for by all of it.
    const rest = qs.filter((g) => !said.has(g));
    const own = rest.length ? rest : qs;
    const pages: { page: number; all: number; mine: number }[] = [];
    for (let p = 0; p < this.grams.length; p++) {
      if (notHere.has(p)) continue;
      const all = this.share(p, qs);
      const mine = own.length === qs.length ? all : this.share(p, own);
      if (all >= SHINGLE_THRESHOLD && mine >= OWN_SHARE) pages.push({ page: p + 1, all, mine });
    }
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
    pages.sort((a, b) => (near(a.mine, b.mine) ? (near(a.all, b.all) ? a.page - b.page : b.all - a.all) : b.mine - a.mine));
    const best = pages[0];
    if (!best) return null;
    // Other pages as close as the best (a wording repeated under each answer) make it ambiguous. The
    // opening answer's 3-grams break no tie: they mark where the answer heads its follow-ups, and the
    // follow-up may be printed pages on (PMH English p.2 heads coronary artery disease, whose
    // "… prescribed medications …" is printed on p.3): follow-up-pages.ts reads on from the heading.
    const ties = pages.filter((x) => near(x.mine, best.mine)).map((x) => x.page);
    return withOthers({ page: best.page, method: 'shingles', score: Math.round(best.all * 1000) / 1000 }, ties);
  }

  /** Share of `grams` page p (0-based) holds. A question printed across a page break counts its
   *  shingles on both pages, from the page holding most of it (a stray common phrase on the page
   *  before must not win). */
  private share(p: number, grams: string[]): number {
    const g = this.grams[p]!;
    const next = this.grams[p + 1];
    let here = 0;
    let both = 0;
    for (const s of grams) {
      if (g.has(s)) here++;
      else if (next?.has(s)) both++;
    }
    return (here + (here >= both ? both : 0)) / grams.length;
  }
}

const TRAILING_GROUP = /\s*(?:\([^()]*\)|\[[^[\]]*\])[\s:.]*$/;

/** A printed line, folded, as a whole: as printed, without its list marker ("o", a PPI code), and
 *  without what it ends with in brackets, one group after another ("(allow none, refused, or don't
 *  know)", "[escala: 1-99]"). */
function lineForms(line: string): string[] {
  const bare = line.replace(/^[^\p{L}\p{N}]*(?:o|PPI\d+\.?)\s+/u, '');
  const forms = [line, bare];
  for (let core = bare; TRAILING_GROUP.test(core); ) forms.push((core = core.replace(TRAILING_GROUP, '')));
  return [...new Set(forms.map(foldText))];
}

function withOthers(hit: PageHit, pages: number[]): PageHit {
  const others = pages.filter((p) => p !== hit.page);
  return others.length ? { ...hit, alsoOn: others } : hit;
}
