// A series of printed questions can share one wording and differ only by a heading and the answer
// list ("Heart and blood conditions: Has a doctor … ever told you that you have…?", PMH English
// p.1; the same words open the "Other:" question on p.40). The closest wording then names the
// wrong member. The answers printed right below decide: when the linked question's answers are not
// there and exactly one other question of the survey, worded alike, has nearly all of its there,
// that one is the question.
import { similarity, words } from './text-match';
import type { MergedOption } from './options';

/** A question needs this many answer labels for its list to tell it apart. */
const MIN_LABELS = 3;
/** The linked question keeps its tie when this share of its answers is printed below. */
const KEEP = 0.5;
/** Another question takes the tie when this share of its answers is printed below. */
const TAKE = 0.8;
/** ... and its wording is at least this close to the printed one (the series' shared words). */
const ALIKE = 0.4;
/** How much text below the question holds its answers (folded characters, over a page break). */
const WINDOW = 2500;

/** Each question's answer labels, folded, by language and question key. */
export type AnswerLabels = Record<'en' | 'es', Map<string, string[]>>;

const fold = (s: string) => words(s).join(' ');

export function answerLabelsOf(options: MergedOption[]): AnswerLabels {
  const out: AnswerLabels = { en: new Map(), es: new Map() };
  for (const o of options) {
    for (const lang of ['en', 'es'] as const) {
      // "Have you ever been diagnosed with the following conditions? - Chickenpox": the answer is after the dash.
      const l = o.label[lang] && fold(o.label[lang]!.replace(/^.*\?\s+-\s+/, ''));
      if (!l) continue;
      const list = out[lang].get(o.questionKey) ?? [];
      if (!list.includes(l)) list.push(l);
      out[lang].set(o.questionKey, list);
    }
  }
  return out;
}

// A page pair is folded once, not once for each question printed on it: first page → next → text.
const foldedPages = new Map<string, Map<string, string>>();
function foldedPair(page: string, next: string): string {
  let byNext = foldedPages.get(page);
  if (!byNext) foldedPages.set(page, (byNext = new Map()));
  let text = byNext.get(next);
  if (text === undefined) byNext.set(next, (text = ` ${fold(`${page} ${next}`)} `));
  return text;
}

/** The folded text from the printed question on: its page and the next. */
export function textBelow(pageTexts: string[], page: number | null | undefined, question: string): string {
  if (!page) return '';
  const text = foldedPair(pageTexts[page - 1] ?? '', pageTexts[page] ?? '');
  const start = text.indexOf(` ${fold(question).split(' ').slice(0, 8).join(' ')} `);
  return start < 0 ? '' : text.slice(start, start + WINDOW);
}

/** Labels several questions of the survey have ("Mother", "Yes") tell none of them apart. */
const SHARED_BY = 3;
const sharedLabels = new WeakMap<object, Set<string>>();

function sharedIn(candidates: { key: string }[], labels: Map<string, string[]>): Set<string> {
  let shared = sharedLabels.get(candidates);
  if (!shared) {
    const count = new Map<string, number>();
    for (const key of new Set(candidates.map((c) => c.key))) for (const l of labels.get(key) ?? []) count.set(l, (count.get(l) ?? 0) + 1);
    shared = new Set([...count].filter(([, n]) => n >= SHARED_BY).map(([l]) => l));
    sharedLabels.set(candidates, shared);
  }
  return shared;
}

/** Share of a question's own answer labels printed below; null when it has too few to tell. */
function printedShare(below: string, labels: string[] | undefined, shared: Set<string>): number | null {
  const own = (labels ?? []).filter((l) => !shared.has(l));
  if (own.length < MIN_LABELS) return null;
  return own.filter((l) => below.includes(` ${l} `)).length / own.length;
}

/** Nearly all of the answers of a question worded alike are printed below. (Without the likeness,
 *  the next question's list, printed below a short one, would take it: The Basics p.1 and p.8.) */
function listsBelow(printed: { below: string }, labels: string[] | undefined, shared: Set<string>, alike: () => number): boolean {
  // The share first: most questions have too few answers to tell, and the wording is then not compared.
  return (printedShare(printed.below, labels, shared) ?? 0) >= TAKE && alike() >= ALIKE;
}

/** The question whose answers are printed below, when the linked one's are not; else `linked`. */
export function preferByAnswers(
  printed: { text: string; below: string },
  linked: string,
  candidates: { key: string; text: string }[],
  labels: Map<string, string[]>,
): { key: string; own: number | null } {
  if (!printed.below) return { key: linked, own: null };
  const shared = sharedIn(candidates, labels);
  const own = printedShare(printed.below, labels.get(linked), shared);
  if (own === null || own >= KEEP) return { key: linked, own };
  const listing = new Set(
    candidates
      .filter((c) => c.key !== linked && listsBelow(printed, labels.get(c.key), shared, () => similarity(printed.text, c.text)))
      .map((c) => c.key),
  );
  return { key: listing.size === 1 ? [...listing][0]! : linked, own };
}

export interface Retie {
  /** Index of the printed question in the list. */
  at: number;
  key: string;
  score: number;
  /** Share of the wording-linked question's own answers printed below (null: too few to tell). */
  own: number | null;
  /** The question the wording linked. */
  linked: string;
}

/**
 * Applies the ties the answer lists propose, except where one document would give the same
 * question several prints: that question's list is a generic one (family members under every
 * "Who in your family has had …?"), not one member's of a series.
 */
export function retieByAnswers(printed: { record: { prov: { source: string } }; itemKey: string | null; score: number | null; method: string | null }[], reties: Retie[]): void {
  const count = new Map<string, number>();
  const k = (t: Retie) => `${printed[t.at]!.record.prov.source}|${t.key}`;
  const listedHere = new Set<string>();
  for (const t of reties) {
    if (t.key !== t.linked) count.set(k(t), (count.get(k(t)) ?? 0) + 1);
    if (t.key === t.linked && t.own !== null && t.own >= KEEP) listedHere.add(`${printed[t.at]!.record.prov.source}|${t.linked}`);
  }
  for (const t of reties) {
    const p = printed[t.at]!;
    if (t.key !== t.linked && count.get(k(t)) === 1) [p.itemKey, p.score, p.method] = [t.key, t.score, 'answers'];
    // No question lists these answers, and the linked one's are printed under another print of the
    // same PDF ("Infectious diseases: Has a doctor…", PMH English p.26, is not the "Other:" question
    // of p.40): the print is tied to nothing rather than to the wrong question.
    // A print worded exactly as the question keeps its tie whatever its answers.
    else if (t.own !== null && t.own < KEEP && t.score < 0.999 && listedHere.has(`${p.record.prov.source}|${t.linked}`)) [p.itemKey, p.score, p.method] = [null, null, null];
  }
}
