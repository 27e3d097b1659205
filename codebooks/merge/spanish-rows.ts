// Which codebook item an English PDF question stands for, when the wording match left it
// unlinked: a grid prints its rows alone ("I lack companionship") while the codebook words the
// whole question ("How often do you feel you lack companionship?"). A row is taken for an item
// when every printed word is in the item's wording (first person read as the second) and the
// item sits, in the module's order, between the items of the linked questions around it.
import type { MergedItem } from './items';
import type { MergedPrinted } from './provenance-sources';
import { similarity, words } from './text-match';

/** Share of the printed words the item's wording must hold. */
export const CONTAINED = 0.9;
/** How close the printed wording must be to the item's for its Spanish to be the item's. */
export const SAME_WORDING = 0.9;

const PERSON: Record<string, string> = { i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', am: 'are', im: 'you' };
const norm = (s: string) => words(s).map((w) => PERSON[w] ?? (w.length > 3 ? w.replace(/s$/, '') : w));

/** Share of the printed wording's words found in the item's wording, 0..1. */
export function contained(printed: string, itemText: string): number {
  const p = norm(printed);
  if (p.length < 3) return 0;
  const have = new Set(norm(itemText));
  return p.filter((w) => have.has(w)).length / p.length;
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
  const have = new Set(norm(en));
  const extra = norm(printed).filter((w) => !have.has(w)).length;
  return contained(en, printed) === 1 && extra <= FILLER_WORDS;
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
      const c = contained(questions[i]!.record.text, item.text.en);
      if (c < CONTAINED) continue;
      if (c > bestScore + 1e-9) [best, bestScore, tie] = [item.key, c, false];
      else if (Math.abs(c - bestScore) <= 1e-9) tie = true;
    }
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
