// Find in a PDF page: the page's text items are folded the way the build's page index folds
// them (case, accents, quotes, punctuation, spacing, hyphenation across lines), keeping where
// each folded character came from, so a match can be highlighted in the text layer's spans.

export interface TextRun {
  /** The text item's string, as the text layer shows it in one span. */
  str: string;
  /** The item ends a line (pdf.js hasEOL). */
  eol: boolean;
}

/** Part of one span: item index and character range. */
export interface SpanRange {
  item: number;
  start: number;
  end: number;
}

export interface FoldedPage {
  text: string;
  /** For each folded character: item index and character offset in that item (-1 for a joint). */
  from: { item: number; offset: number }[];
  /** Opening marks ("¿", "¡"), which fold to a space: where each is, by that space's index (-1
   *  before the text), so a match of the word after one is highlighted from the mark, as printed. */
  marks?: Map<number, { item: number; offset: number }>;
}

const isWordChar = (c: string) => /[a-z0-9\u00f1]/.test(c);
const OPENING_MARKS = new Set(['\u00bf', '\u00a1']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013', '\u00ad']);

/** The first character of the next run that is not blank ('' if none). */
function nextRunChar(runs: TextRun[], item: number): string {
  for (let k = item + 1; k < runs.length; k++) {
    const t = runs[k]!.str.trim();
    if (t) return t[0]!;
  }
  return '';
}

// Folding a character is most of the cost of folding a page: each distinct one is folded once.
const folds = new Map<string, string>();

function foldChar(c: string): string {
  let f = folds.get(c);
  if (f === undefined) {
    const base = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    f = base.length === 1 && isWordChar(base) ? base : base === '' ? '' : ' ';
    folds.set(c, f);
  }
  return f;
}

/** Folds a query (or any text) with the same rules as a page. */
export function foldQuery(s: string): string {
  return foldRuns([{ str: s, eol: false }]).text.trim();
}

export function foldRuns(runs: TextRun[]): FoldedPage {
  const text: string[] = [];
  const from: FoldedPage['from'] = [];
  const marks: NonNullable<FoldedPage['marks']> = new Map();
  const push = (c: string, item: number, offset: number) => {
    if (c === ' ' && (text.length === 0 || text[text.length - 1] === ' ')) return;
    text.push(c);
    from.push({ item, offset });
  };
  runs.forEach((run, item) => {
    const s = run.str;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      // A hyphen between word characters (also at a line end, "provid-" + "er") joins the word.
      if (HYPHENS.has(c) && text.length && isWordChar(text[text.length - 1]!)) {
        const rest = s.slice(i + 1).trimStart();
        const nextChar = rest ? rest[0]! : nextRunChar(runs, item);
        if (isWordChar(foldChar(nextChar))) {
          if (!rest) break; // the word goes on in the next item
          i += s.slice(i + 1).length - rest.length; // skip spaces after the hyphen
          continue;
        }
      }
      const f = foldChar(c);
      if (f) push(f, item, i);
      if (OPENING_MARKS.has(c)) marks.set(text.length - 1, { item, offset: i });
    }
    // pdf.js puts the spaces between words inside the items; a line end is a space unless the
    // line ends on a hyphen that joins a word.
    const hyphenEnd = /[-\u2010\u2011\u00ad]$/.test(s) && isWordChar(text[text.length - 1] ?? '');
    if (run.eol && !hyphenEnd) push(' ', item, -1);
  });
  return { text: text.join(''), from, marks };
}

/** Every match of a folded query in a folded page, as ranges of the text layer's spans. */
export function findInPage(page: FoldedPage, query: string): SpanRange[][] {
  if (query.length < 1) return [];
  const out: SpanRange[][] = [];
  let at = page.text.indexOf(query);
  while (at >= 0) {
    out.push(rangesOf(page, at, at + query.length));
    at = page.text.indexOf(query, at + Math.max(1, query.length));
  }
  return out;
}

function rangesOf(page: FoldedPage, start: number, end: number): SpanRange[] {
  const mark = page.marks?.get(start - 1);
  const ranges: SpanRange[] = mark ? [{ item: mark.item, start: mark.offset, end: mark.offset + 1 }] : [];
  for (let k = start; k < end; k++) {
    const f = page.from[k]!;
    if (f.offset < 0) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.item === f.item && f.offset >= last.end - 1) last.end = f.offset + 1;
    else ranges.push({ item: f.item, start: f.offset, end: f.offset + 1 });
  }
  return ranges;
}
