// Which codebook item an English PDF question stands for, when the wording match left it
// unlinked: a grid prints its rows alone ("I lack companionship") while the codebook words the
// whole question ("How often do you feel you lack companionship?"). A row is taken for an item
// when every printed word is in the item's wording (first person read as the second), or the
// print ends with the item's whole wording after a lead-in, and the item sits, in the module's
// order, between the items of the linked questions around it.
import type { MergedItem } from './items';
import type { MergedPrinted } from './provenance-sources';
import { similarity, words } from './text-match';

/** Share of the printed words the item's wording must hold. */
export const CONTAINED = 0.9;
/** How close the printed wording must be to the item's for its Spanish to be the item's. */
export const SAME_WORDING = 0.9;

const PERSON: Record<string, string> = { i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', am: 'are', im: 'you' };
// Each printed line is compared with every item of its module: normalise each wording once.
const normed = new Map<string, readonly string[]>();
const normedSets = new Map<string, ReadonlySet<string>>();
function norm(s: string): readonly string[] {
  let n = normed.get(s);
  if (!n) normed.set(s, (n = words(s).map((w) => PERSON[w] ?? (w.length > 3 ? w.replace(/s$/, '') : w))));
  return n;
}
function normSet(s: string): ReadonlySet<string> {
  let n = normedSets.get(s);
  if (!n) normedSets.set(s, (n = new Set(norm(s))));
  return n;
}

/** Share of the printed wording's words found in the item's wording, 0..1. */
export function contained(printed: string, itemText: string): number {
  const p = norm(printed);
  if (p.length < 3) return 0;
  const have = normSet(itemText);
  return p.filter((w) => have.has(w)).length / p.length;
}

/** contained(printed, itemText) === 1, stopping at the first word the item lacks. */
export function containsAll(printed: string, itemText: string): boolean {
  const p = norm(printed);
  if (p.length < 3) return false;
  const have = normSet(itemText);
  return p.every((w) => have.has(w));
}

/** Fewest words of an item's wording that, printed at the end of a longer question, make it that item. */
export const STEM_TAIL_WORDS = 4;

/**
 * The print is a shared lead-in, then the item's whole wording ("Please think of the two-week
 * period… were worst. How much of the day did these feelings usually last?", EHHWB mhqukb_8):
 * the number of words of the lead-in, or -1 if the print does not end with the item's wording.
 */
export function stemBefore(printed: string, itemText: string): number {
  const [p, t] = [norm(printed), norm(itemText)];
  if (t.length < STEM_TAIL_WORDS || p.length <= t.length) return -1;
  const at = p.length - t.length;
  return t.every((w, i) => p[at + i] === w) ? at : -1;
}

// A sentence ends at ".", "?", "!" or ":" before a space, but not at an ellipsis ("¿con qué frecuencia... ¿Se sintió…").
const BOUNDARY = /(?<=[^.][.?!:])\s+/g;

/**
 * The Spanish print of a question whose English print has a lead-in before the item's wording,
 * without the Spanish lead-in: the Spanish up to as many sentence ends as the English lead-in
 * has, where another Spanish print of the document starts the same (a lead-in shared by a run
 * of questions). Unchanged otherwise: a Spanish print without the lead-in keeps all its words.
 */
export function withoutLeadIn(enPrinted: string, itemEn: string, esPrinted: string, esPrints: string[]): string {
  const es = esPrinted.trim();
  const lead = stemBefore(enPrinted, itemEn);
  if (lead <= 0) return es;
  const ends = [...enPrinted.trim().matchAll(BOUNDARY)].map((m) => m.index);
  const count = ends.filter((at) => norm(enPrinted.slice(0, at)).length <= lead).length;
  if (count === 0 || norm(enPrinted.slice(0, ends[count - 1])).length !== lead) return es;
  const cut = [...es.matchAll(BOUNDARY)][count - 1];
  if (!cut) return es;
  const prefix = es.slice(0, cut.index);
  const shared = esPrints.some((t) => t.trim() !== es && t.trim().startsWith(prefix));
  return shared ? es.slice(cut.index + cut[0].length) : es;
}

/** Words the printed wording may add to the item's whole wording ("…bothered by the following problem: Poor appetite"). */
export const FILLER_WORDS = 3;

/**
 * The printed wording is this item's own: the same wording, a grid row of it, or every word of
 * the item's wording with at most a few more (a sibling or another edition differs in a word
 * the item has and the print lacks).
 */
export function printsItem(printed: string, item: MergedItem): boolean {
  const en = item.text.en;
  if (!en) return false;
  if (similarity(printed, en) >= SAME_WORDING || contained(printed, en) >= CONTAINED) return true;
  const have = normSet(en);
  const extra = norm(printed).filter((w) => !have.has(w)).length;
  return (contained(en, printed) === 1 && extra <= FILLER_WORDS) || stemBefore(printed, en) > 0;
}

/** Item key of each question of an English document (by index), null where not sure. */
export function itemsOfDocument(questions: MergedPrinted[], module: string, items: Map<string, MergedItem>, order: string[] | undefined): (string | null)[] {
  const keys = questions.map((q) => q.itemKey);
  if (!order) return keys;
  const pos = new Map(order.map((k, i) => [k, i]));
  const used = new Set(keys.filter((k): k is string => !!k));
  const positionOf = (k: string | null) => (k ? pos.get(k) : undefined);
  const exactOnly = new Map<number, string>();
  const byWording = new Map<string, string[]>();
  for (const k of order) {
    const item = items.get(k);
    if (item?.kind !== 'question' || item.module !== module || !item.text.en) continue;
    const w = words(item.text.en).join(' ');
    byWording.set(w, [...(byWording.get(w) ?? []), k]);
  }
  for (let i = 0; i < questions.length; i++) {
    if (keys[i]) continue;
    const exact = sameWordingOnly(questions[i]!.record.text, byWording, used);
    if (exact) {
      // Not an anchor for the rows around it: such an item ("Please specify.") may sit anywhere.
      exactOnly.set(i, exact);
      used.add(exact);
      continue;
    }
    let lo = -1;
    for (let k = i - 1; k >= 0 && lo < 0; k--) lo = positionOf(keys[k]!) ?? -1;
    let hi = order.length;
    for (let k = i + 1; k < keys.length && hi === order.length; k++) hi = positionOf(keys[k]!) ?? order.length;
    let best: string | null = null;
    let bestScore = 0;
    let tie = false;
    for (let p = lo + 1; p < hi; p++) {
      const item = items.get(order[p]!);
      if (!item || used.has(item.key) || item.kind !== 'question' || item.module !== module || !item.text.en) continue;
      const c = stemBefore(questions[i]!.record.text, item.text.en) > 0 ? 1 : contained(questions[i]!.record.text, item.text.en);
      if (c < CONTAINED) continue;
      if (c > bestScore + 1e-9) [best, bestScore, tie] = [item.key, c, false];
      else if (Math.abs(c - bestScore) <= 1e-9) tie = true;
    }
    // The module's order may cross the print's (EHHWB lists mhqukb_6 after the items its print
    // leads to): then only a print ending with exactly one item's whole wording is taken.
    if (lo >= hi) [best, tie] = tailOnly(questions[i]!.record.text, order, items, module, used);
    if (best && !tie) {
      keys[i] = best;
      used.add(best);
    }
  }
  for (const [i, k] of exactOnly) keys[i] = k;
  return keys;
}

/** The one item of the module worded exactly as printed ("Please specify."), wherever it sits. */
function sameWordingOnly(text: string, byWording: Map<string, string[]>, used: Set<string>): string | null {
  const hits = byWording.get(words(text).join(' ')) ?? [];
  return hits.length === 1 && !used.has(hits[0]!) ? hits[0]! : null;
}

/** The one unused item of the module whose whole wording ends the print after a lead-in. */
function tailOnly(printed: string, order: string[], items: Map<string, MergedItem>, module: string, used: Set<string>): [string | null, boolean] {
  const hits = order.filter((k) => {
    const item = items.get(k);
    return item?.kind === 'question' && item.module === module && !used.has(k) && !!item.text.en && stemBefore(printed, item.text.en) > 0;
  });
  return [hits[0] ?? null, hits.length > 1];
}

/**
 * The answer's own words: a label written as "<question> - <answer>" (the data browser's
 * "Including yourself, who in your family has had macular degeneration? - Daughter") is its answer.
 */
export function ownLabel(label: string, question: string): string {
  const cut = label.lastIndexOf(' - ');
  if (cut <= 0) return label;
  const [pre, q] = [words(label.slice(0, cut)), words(question)];
  // The question may go on after the part the label repeats ("… bladder cancer? Select all that apply.").
  // Or words its first sentence one word otherwise ("has had a pancreatitis?" printed "has had pancreatitis?", PFHH p.33).
  const head = (s: string) => words(s.slice(0, s.indexOf('?') + 1 || undefined));
  const repeats =
    similarity(label.slice(0, cut), question) >= 0.9 || (pre.length >= 3 && pre.every((w, i) => q[i] === w)) || (pre.length >= 5 && wordEdits(head(label.slice(0, cut)), head(question)) <= 1);
  return repeats ? label.slice(cut + 3) : label;
}

/** Words inserted, deleted or replaced to turn one wording into the other (Levenshtein over words). */
export function wordEdits(a: readonly string[], b: readonly string[]): number {
  let row = b.map((_, j) => j + 1);
  a.forEach((w, i) => {
    const next = [i + 1];
    b.forEach((v, j) => next.push(Math.min(row[j]! + 1, next[j]! + 1, (j === 0 ? i : row[j - 1]!) + (w === v ? 0 : 1))));
    row = next.slice(1);
  });
  return a.length === 0 ? b.length : b.length === 0 ? a.length : row[b.length - 1]!;
}
