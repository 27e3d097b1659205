// Which English PDF a Spanish PDF translates, question by question (spanish-align.ts), from what
// both print alike and the words that translate each other. Plain data in, plain data out, and no
// state between documents: each Spanish PDF can be aligned on any thread (spanish-align-threads.ts)
// with the same result.
import type { MergedPrinted } from './provenance-sources';
import { alignScored, GAP, scoreRows, type AlignedPair } from './spanish-align';
import type { Lexicon } from './spanish-lexicon';
import { similarity } from './text-match';

/** What the alignment reads of a printed question. */
export interface AlignQuestion {
  text: string;
  answers: number;
  footnotes: string;
  numbers: string;
  conceptId: number | null;
  /** English question: the Spanish another source gives its item, if any. */
  knownEs: string | null;
}

export interface AlignDoc {
  /** The PDF's name without its language ("pdf:Lifestyle_Spanish.pdf" and "pdf:Lifestyle.pdf": "lifestyle"). */
  name: string;
  questions: AlignQuestion[];
}

/** One Spanish PDF and the English PDFs of its survey, in the order they are tried. */
export interface AlignTask {
  es: AlignDoc;
  english: AlignDoc[];
}

/** The English PDF chosen (its place in the task's list) and the sure pairs; null: none aligns. */
export type DocAlignment = { doc: number; twin: boolean; pairs: AlignedPair[]; score: number } | null;

export function alignQuestion(q: MergedPrinted, knownEs: string | null): AlignQuestion {
  const r = q.record;
  return {
    text: r.text,
    answers: (r.answers ?? []).length,
    footnotes: r.footnotes.join(','),
    numbers: (r.text.match(/\d+/g) ?? []).sort().join(' '),
    conceptId: r.ref?.conceptId ?? null,
    knownEs,
  };
}

export const pairName = (questions: MergedPrinted[]) =>
  (questions[0]?.record.prov.source ?? '').toLowerCase().replace(/^pdf:/, '').replace(/\.pdf$/, '').replace(/[ _-]*(spanish|english|spn|eng)(?=[ _.-]|$)/g, '');

const same = (a: string, b: string, yes: number, no: number) => (a && b ? (a === b ? yes : no) : 0);

/** The two print different PPI IDs: they cannot be one question, whatever their words. */
const otherIds = (en: AlignQuestion, es: AlignQuestion) => en.conceptId != null && es.conceptId != null && en.conceptId !== es.conceptId;

/**
 * Evidence that an English and a Spanish printed question are the same question. A different
 * number of answers (one edition drops an option) costs as much as skipping both, so only the
 * wording can then make the pair.
 */
function evidence(en: AlignQuestion, es: AlignQuestion, sameSpanish: (known: string, printed: string) => boolean, words: number): number {
  let s = (en.answers === es.answers ? 1 : 2 * GAP) + (en.conceptId != null && en.conceptId === es.conceptId ? 3 : 0);
  s += same(en.footnotes, es.footnotes, 0.5, -1);
  s += same(en.numbers, es.numbers, 0.5, -1);
  if (en.knownEs && sameSpanish(en.knownEs, es.text)) s += 3;
  return s + 3 * words;
}

/** The Spanish another source gives the item is the one printed (memoised per thread: asked for many pairs). */
export function sameSpanishMemo(): (known: string, printed: string) => boolean {
  const alike = new Map<string, Map<string, boolean>>();
  return (known, printed) => {
    let row = alike.get(known);
    if (!row) alike.set(known, (row = new Map()));
    let v = row.get(printed);
    if (v === undefined) row.set(printed, (v = similarity(known, printed) >= 0.8));
    return v;
  };
}

/**
 * The evidence that English question i of `en` and Spanish question j of `es` are one question
 * (alignSure's score), null when they cannot be. Make one per document pair and thread: its
 * words' weights and table are made once for every pair of questions scored.
 */
export function pairScorer(en: AlignDoc, es: AlignDoc, lexicon: Lexicon, sameSpanish = sameSpanishMemo()): (i: number, j: number) => number | null {
  const [we, ws] = [lexicon.weights(en.questions.map((q) => q.text)), lexicon.weights(es.questions.map((q) => q.text))];
  return (i, j) => {
    const [q, r] = [en.questions[i]!, es.questions[j]!];
    // Words are scored only for a pair that can be one question (the costly part).
    if (otherIds(q, r)) return null;
    return evidence(q, r, sameSpanish, lexicon.score(q.text, r.text, we, ws));
  };
}

/**
 * Aligns the Spanish PDF with each English PDF in turn. The English edition published as its
 * pair (Lifestyle.pdf for Lifestyle_Spanish.pdf) is the one it translates, even where another
 * English edition of the survey aligns as well; else the best-scoring one. `scored(d)`: English
 * PDF d's score matrix when it was already made (by rows, on several threads), else undefined.
 */
export function alignDocument(task: AlignTask, lexicon: Lexicon, sameSpanish = sameSpanishMemo(), scored: (d: number) => Float64Array | undefined = () => undefined): DocAlignment {
  const { es } = task;
  let best: DocAlignment = null;
  for (const [d, en] of task.english.entries()) {
    const [n, m] = [en.questions.length, es.questions.length];
    const a = alignScored(n, m, scored(d) ?? scoreRows(0, n, m, pairScorer(en, es, lexicon, sameSpanish)));
    const twin = en.name === es.name;
    if (!best || (twin && a.score >= 0.5) || (!best.twin && a.score > best.score)) best = { doc: d, twin, ...a };
    if (best.twin) break;
  }
  return best;
}

/** Each task's alignment, on this thread. */
export function alignDocuments(tasks: AlignTask[], lexicon: Lexicon): DocAlignment[] {
  const sameSpanish = sameSpanishMemo();
  return tasks.map((t) => alignDocument(t, lexicon, sameSpanish));
}
