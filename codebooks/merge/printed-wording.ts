// The published instrument's word wins on a question's English wording. Of the wordings the
// sources give a question, one its survey's English PDF prints outranks one it does not print
// (a templated "boosters or 15 full doses" in a metadata table against the printed "additional
// full doses"), and a wording another question of the survey already has is a neighbour's (a
// payload giving the skin transplant date "Date of heart transplant"). The losing wordings stay
// facts, and each disagreement is recorded against the wording kept.
import type { DocumentRecord } from '../model/records';
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import type { ModuleResolver } from './modules';
import { foldText } from './page-match';

/** A wording shorter than this (in words) is printed everywhere and tells nothing. */
export const MIN_WORDS = 3;
/**
 * Only a variant of the same sentence is corrected (a number for a word, one organ for another):
 * a grid row without its stem, or an intro printed before the question, is another wording.
 */
const MAX_EDITS = 2;

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

/** Each survey's English PDFs, folded into one padded text per document (a page break is a space). */
export function printedTexts(documents: DocumentRecord[], resolver: ModuleResolver): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of documents) {
    const slug = resolver.slug(d.module);
    if (!slug || d.language !== 'en' || !d.pageTexts?.length) continue;
    out.set(slug, [...(out.get(slug) ?? []), ` ${d.pageTexts.map(foldText).join(' ')} `]);
  }
  return out;
}

/** Moves a question's English to a close variant its survey's PDF prints, by the rules above; returns the subjects changed. */
export function preferPrintedWording(items: Map<string, MergedItem>, documents: DocumentRecord[], resolver: ModuleResolver, conflicts: Conflict[]): string[] {
  const texts = printedTexts(documents, resolver);
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
  for (const item of items.values()) {
    if (item.kind !== 'question' || !item.text.en || !item.module) continue;
    // The PDFs of the survey the item is in now: an older survey's wording is not its wording.
    const docs = texts.get(item.module) ?? [];
    if (docs.length === 0) continue;
    const wordings = item.facts.filter((f) => f.field === 'text.en');
    if (new Set(wordings.map((f) => looseText(f.value))).size < 2) continue;
    const current = wordings.find((f) => f.chosen);
    if (!current) continue;
    const printed = (f: Fact) => {
      const folded = foldText(f.value);
      return folded.split(' ').length >= MIN_WORDS && docs.some((t) => t.includes(` ${folded} `));
    };
    const holdersOf = (f: Fact) => [...(holders.get(`${item.module}|${looseText(f.value)}`) ?? [])].filter((k) => k !== item.key).length;
    const support = (f: Fact) => new Set(wordings.filter((w) => looseText(w.value) === looseText(f.value)).map((w) => w.prov.source.replace(/@\w+:/, ':'))).size;
    const near = (f: Fact) => {
      const [a, b] = [foldText(f.value).split(' '), foldText(current.value).split(' ')];
      return looseText(f.value) !== looseText(current.value) && wordEdits(a, b, MAX_EDITS) <= Math.min(MAX_EDITS, Math.floor(b.length / 2) - 1);
    };
    const unprinted = !printed(current);
    // A wording the PDF prints wins over one it does not print; a wording another question has,
    // given by fewer sources, loses to a printed one no other question has.
    const better = (f: Fact) => near(f) && printed(f) && (unprinted || (holdersOf(current) > 0 && holdersOf(f) === 0 && support(f) > support(current)));
    // Facts are in rank order (choose sorts them): the first better one wins.
    const best = wordings.find(better);
    if (!best) continue;
    for (const f of wordings) f.chosen = f.value === best.value && f.prov === best.prov;
    item.text.en = best.value;
    rewriteConflicts(item.key.slice(2), best, wordings, conflicts);
    changed.push(item.key.slice(2));
  }
  return changed;
}

/** The disagreements choose() recorded against the old wording, recorded again against the new one. */
export function rewriteConflicts(subject: string, best: Fact, wordings: Fact[], conflicts: Conflict[]): void {
  for (let i = conflicts.length - 1; i >= 0; i--) {
    if (conflicts[i]!.subject === subject && conflicts[i]!.field === 'text.en') conflicts.splice(i, 1);
  }
  const told = new Set([looseText(best.value)]);
  for (const f of wordings) {
    if (told.has(looseText(f.value))) continue;
    told.add(looseText(f.value));
    conflicts.push({ subject, field: 'text.en', chosen: best.value, chosenSource: best.prov, other: f.value, otherSource: f.prov });
  }
}
