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
  marks?: Map<number, { item: number; offset: number }[]>;
  /** Marks printed right after a word ("?", ")?", "”."), by that word's last folded index: a match
   *  looked for with the same closing marks (closingOf) is highlighted through them, as printed. */
  closers?: Map<number, { chars: string; at: { item: number; offset: number }[] }>;
  /** Each item's string, so a match going on from one line to the next takes in the marks at the
   *  line's end and start ("…(matriz)?" / "¿Usted…", "non-" / "medical"): see edgesOf. */
  items?: string[];
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

// Quotes differ between a wording and its print ('"' for '”'): compared folded to one of each.
const sameMark = (c: string) => c.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");

/** The marks a text ends with right after its last word ("?" of "¿Cuántos días?", ")?"), for findInPage. */
export function closingOf(s: string): string {
  // Trailing underscores are a blank to write in, not the question's words.
  const m = /\s?[^\p{L}\p{N}\s_]+$/u.exec(s.replace(/[\s_]+$/, ''));
  return m ? sameMark(m[0].replace(/^\s/, ' ')) : '';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Folds a query (or any text) with the same rules as a page. */
export function foldQuery(s: string): string {
  return foldRuns([{ str: s, eol: false }]).text.trim();
}

export function foldRuns(runs: TextRun[]): FoldedPage {
  const text: string[] = [];
  const from: FoldedPage['from'] = [];
  const marks: NonNullable<FoldedPage['marks']> = new Map();
  const closers: NonNullable<FoldedPage['closers']> = new Map();
  // The marks being read right after a word (or one space after it: "tiene ...?"), if any; they
  // may go on in the next item. `word` is that word's last folded index.
  let chain: { chars: string; at: { item: number; offset: number }[]; word: number } | null = null;
  let afterWord = false;
  const push = (c: string, item: number, offset: number) => {
    if (c === ' ' && (text.length === 0 || text[text.length - 1] === ' ')) return;
    text.push(c);
    from.push({ item, offset });
  };
  runs.forEach((run, item) => {
    const s = run.str;
    let joins = false; // the item ends on a hyphen that joins its last word to the next item's first
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      // A hyphen between word characters (also at a line end, "provid-" + "er") joins the word.
      if (HYPHENS.has(c) && text.length && isWordChar(text[text.length - 1]!)) {
        const rest = s.slice(i + 1).trimStart();
        const nextChar = rest ? rest[0]! : nextRunChar(runs, item);
        if (isWordChar(foldChar(nextChar))) {
          if (!rest) {
            joins = true; // the word goes on in the next item
            break;
          }
          i += s.slice(i + 1).length - rest.length; // skip spaces after the hyphen
          continue;
        }
      }
      const f = foldChar(c);
      const blank = /\s/.test(c);
      if (f === ' ' && !blank && !OPENING_MARKS.has(c) && (afterWord || chain)) {
        chain ??= { chars: '', at: [], word: text.length - 1 };
        if (!closers.has(chain.word)) closers.set(chain.word, chain);
        chain.chars += sameMark(c);
        chain.at.push({ item, offset: i });
      } else if (blank && afterWord) chain = { chars: ' ', at: [{ item, offset: i }], word: text.length - 1 };
      else if (f) chain = null;
      if (f) afterWord = isWordChar(f);
      if (f) push(f, item, i);
      // "¿¡" together: both.
      if (OPENING_MARKS.has(c)) pushTo(marks, text.length - 1, { item, offset: i });
    }
    // pdf.js puts the spaces between words inside the items; a line end is a space unless the
    // line ends on a hyphen that joins a word (any of HYPHENS, spaces after it or not).
    if (run.eol && !joins) {
      push(' ', item, -1);
      chain = null;
      afterWord = false;
    }
  });
  return { text: text.join(''), from, marks, closers, items: runs.map((r) => r.str) };
}

/** Offsets of an item's first and last printed character, and of its first and last word
 *  character; read only where a match crosses from one item to the next. */
function edgesOf(s: string): { lead: number; leadWord: number; tailWord: number; tail: number } {
  const e = { lead: -1, leadWord: -1, tailWord: -1, tail: -1 };
  for (let i = 0; i < s.length; i++) {
    if (/\s/.test(s[i]!)) continue;
    if (e.lead < 0) e.lead = i;
    e.tail = i;
    if (isWordChar(foldChar(s[i]!))) {
      if (e.leadWord < 0) e.leadWord = i;
      e.tailWord = i;
    }
  }
  return e;
}

/** Every match of a folded query in a folded page, as ranges of the text layer's spans; `closing`
 *  (closingOf the query as written) is highlighted too where the page prints it after the match. */
export function findInPage(page: FoldedPage, query: string, closing = ''): SpanRange[][] {
  if (query.length < 1) return [];
  const out: SpanRange[][] = [];
  let at = page.text.indexOf(query);
  while (at >= 0) {
    out.push(rangesOf(page, at, at + query.length, closing));
    at = page.text.indexOf(query, at + Math.max(1, query.length));
  }
  return out;
}

function rangesOf(page: FoldedPage, start: number, end: number, closing: string): SpanRange[] {
  const ranges: SpanRange[] = [];
  const add = (f: { item: number; offset: number }) => {
    const last = ranges[ranges.length - 1];
    if (last && last.item === f.item && f.offset >= last.end - 1) last.end = f.offset + 1;
    else ranges.push({ item: f.item, start: f.offset, end: f.offset + 1 });
  };
  for (const mark of page.marks?.get(start - 1) ?? []) add(mark);
  let prev: { item: number; offset: number } | null = null;
  for (let k = start; k < end; k++) {
    const f = page.from[k]!;
    if (f.offset < 0) continue;
    // Into another item: through the marks ending the one left and starting this one.
    if (prev && prev.item !== f.item && page.items) {
      const [left, here] = [edgesOf(page.items[prev.item]!), edgesOf(page.items[f.item]!)];
      if (prev.offset >= left.tailWord) ranges[ranges.length - 1]!.end = Math.max(ranges[ranges.length - 1]!.end, left.tail + 1);
      if (f.offset <= here.leadWord && here.lead < f.offset) ranges.push({ item: f.item, start: here.lead, end: here.lead + 1 });
    }
    add(f);
    prev = f;
  }
  const closer = closing ? page.closers?.get(end - 1) : undefined;
  // As far as the page's marks after the match are the query's own (a space alone is no mark).
  let n = 0;
  while (closer && n < closer.at.length && closer.chars[n] === closing[n]) n++;
  while (n > 0 && closer!.chars[n - 1] === ' ') n--;
  for (let i = 0; i < n; i++) add(closer!.at[i]!);
  return ranges;
}
