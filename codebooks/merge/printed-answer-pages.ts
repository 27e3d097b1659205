// The page each answer of a printed question is printed on. A print is cited by the page its
// question starts on; its answers may be printed pages later (PFHH prints each answer's follow-ups
// under it), and a fact about an answer cites the page that answer is on.
import { looseText } from './conflicts';
import type { MergedDocument, MergedPrinted } from './provenance-sources';

/** Lines a question's wording may skip (a page's running header and number between its two halves). */
const SKIPPABLE = 3;

/**
 * Where a question's wording printed from line `i` on ends (the index after its last line), or -1:
 * a shorter question's first line starts many ("Are you currently prescribed medications and/or
 * receiving treatment"), so the whole wording is followed, over a page break.
 */
function questionEnd(lines: Line[], i: number, question: string, end: number): number {
  let need = question;
  let skipped = 0;
  for (let j = i; j < end; j++) {
    // Its first line may start with its printed ID ("PPI1586159. On average, …").
    const l = j === i && !need.startsWith(lines[j]!.loose) ? lines[j]!.answer : lines[j]!.loose;
    if (l && need.startsWith(l)) need = need.slice(l.length);
    // Its last line may carry a footnote number after it.
    else if (l && j > i && l.startsWith(need)) need = '';
    else if (j === i || ++skipped > SKIPPABLE) return -1;
    if (!need) return j + 1;
  }
  return -1;
}

/** Before an answer on its line: the letter "o" some instruments print as its bullet, its printed ID ("PPI1585861."). */
const ANSWER_LEAD = /^\s*(o\s+)?(PPI\s?\d+\.?\s*)?/;

interface Line {
  page: number;
  loose: string;
  /** Without a leading bullet letter or printed ID: how an answer is compared (a question's wrapped line may start with the word "o"). */
  answer: string;
}

const FILL_IN = /_{3,}/;

/** Lines an answer may be printed over. */
const WRAPPED = 3;

/** The answer is printed from line i, on it alone or wrapped over the next ones. */
function isAnswer(lines: Line[], i: number, want: string): boolean {
  if (lines[i]!.loose === want) return true;
  let text = lines[i]!.answer;
  for (let k = 1; k <= WRAPPED && want.startsWith(text); k++) {
    if (text === want) return true;
    text += lines[i + k]?.loose ?? '';
  }
  return false;
}

/** Pages searched after a question's for its answers (PFHH prints each answer's follow-ups under it). */
const PAGES_AFTER = 60;

/** A document's lines, read once, and where each page's lines start (the last entry: past the end). */
interface DocLines {
  lines: Line[];
  pageStart: number[];
}

function docLines(texts: string[]): DocLines {
  const lines: Line[] = [];
  const pageStart: number[] = [];
  texts.forEach((t, i) => {
    pageStart.push(lines.length);
    for (const l of t.split('\n')) lines.push({ page: i + 1, loose: looseText(l), answer: looseText(l.replace(ANSWER_LEAD, '')) });
  });
  pageStart.push(lines.length);
  return { lines, pageStart };
}

/**
 * The page each answer of a print is printed on: its answers in order, each the first line (or
 * lines) after the previous one's, from the end of the question's wording on, worded as it (loosely).
 */
/** Where each answer of a print is printed (see answerPages). */
export type AnswerPages = (p: MergedPrinted) => Map<string, number>;

export function answerPages(documents: MergedDocument[]): AnswerPages {
  const textsOf = new Map<string, string[]>();
  for (const d of documents) for (const f of d.files) textsOf.set(f.source, d.pageTexts);
  const read = new Map<string[], DocLines>();
  const cache = new Map<MergedPrinted, Map<string, number>>();
  return (p) => {
    let pages = cache.get(p);
    if (pages) return pages;
    pages = new Map();
    cache.set(p, pages);
    const texts = textsOf.get(p.record.prov.source) ?? [];
    const from = p.record.page ?? 0;
    if (from < 1 || from > texts.length) return pages;
    let doc = read.get(texts);
    if (!doc) read.set(texts, (doc = docLines(texts)));
    const { lines, pageStart } = doc;
    const end = pageStart[Math.min(texts.length, from + PAGES_AFTER)]!;
    // From the question's first line: an answer list ending above it on the same page is another question's.
    const question = looseText(p.record.text);
    let at = -1;
    for (let i = pageStart[from - 1]!; i < pageStart[from]! && at < 0; i++) at = questionEnd(lines, i, question, end);
    if (at < 0) return pages;
    for (const a of p.record.answers ?? []) {
      const want = looseText(a);
      let i = at;
      while (i < end && !isAnswer(lines, i, want)) i++;
      // A fill-in line is printed otherwise. Another answer not found in order: the ones after it
      // could only be found further on, maybe under another question.
      if (i === end && FILL_IN.test(a)) continue;
      if (i === end) break;
      if (!pages.has(want)) pages.set(want, lines[i]!.page);
      at = i + 1;
    }
    return pages;
  };
}
