// The published instrument's word wins on a question's English wording. Of the wordings the
// sources give a question, one its survey's English PDF prints outranks one it does not print
// (a templated "boosters or 15 full doses" in a metadata table against the printed "additional
// full doses"), and a wording another question of the survey already has is a neighbour's (a
// payload giving the skin transplant date "Date of heart transplant"). The losing wordings stay
// facts, and each disagreement is recorded against the wording kept.
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import { takeWording, type PrintedQuestions } from './question-wordings';
import { foldText } from './page-match';

/**
 * Only a variant of the same sentence is corrected (a number for a word, one organ for another):
 * a grid row without its stem, or an intro printed before the question, is another wording.
 */
const MAX_EDITS = 2;
/** An unprinted templated wording of a long sentence may swap a phrase ("15th dose of" for the
 *  printed "your additional"): one edit more, where the sentence has a dozen words or more. */
const MAX_EDITS_UNPRINTED_LONG = 3;
const LONG_SENTENCE = 12;

/** Word-level edit distance, stopping early past `max`. */
function wordEdits(a: string[], b: string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Moves a question's English to a close variant its survey's PDF prints, by the rules above; returns the subjects changed. */
export function preferPrintedWording(items: Map<string, MergedItem>, questions: PrintedQuestions, conflicts: Conflict[]): string[] {
  // Loose wording → the questions of each survey whose chosen English it is.
  const holders = new Map<string, Set<string>>();
  for (const i of items.values()) {
    if (i.kind !== 'question' || !i.text.en) continue;
    for (const slug of i.modules.keys()) {
      const k = `${slug}|${looseText(i.text.en)}`;
      holders.set(k, (holders.get(k) ?? new Set()).add(i.key));
    }
  }
  const changed: string[] = [];
  for (const { item, wordings, current, printed } of questions()) {
    if (new Set(wordings.map((f) => looseText(f.value))).size < 2) continue;
    const holdersOf = (f: Fact) => [...(holders.get(`${item.module}|${looseText(f.value)}`) ?? [])].filter((k) => k !== item.key).length;
    const support = (f: Fact) => new Set(wordings.filter((w) => looseText(w.value) === looseText(f.value)).map((w) => w.prov.source.replace(/@\w+:/, ':'))).size;
    const unprinted = !printed(current);
    const near = (f: Fact) => {
      const [a, b] = [foldText(f.value).split(' '), foldText(current.value).split(' ')];
      const max = unprinted && b.length >= LONG_SENTENCE ? MAX_EDITS_UNPRINTED_LONG : MAX_EDITS;
      return looseText(f.value) !== looseText(current.value) && wordEdits(a, b, max) <= Math.min(max, Math.floor(b.length / 2) - 1);
    };
    // A wording the PDF prints wins over one it does not print; a wording another question has,
    // given by fewer sources, loses to a printed one no other question has.
    const better = (f: Fact) => near(f) && printed(f) && (unprinted || (holdersOf(current) > 0 && holdersOf(f) === 0 && support(f) > support(current)));
    // Facts are in rank order (choose sorts them): the first better one wins.
    const best = wordings.find(better);
    if (!best) continue;
    takeWording(item, best, wordings, conflicts);
    changed.push(item.key.slice(2));
  }
  return changed;
}
