// A wording several follow-ups print word for word ("Enter the number of weeks." under COPE's
// smoking and e-nicotine questions; IPAQ's "How many days per week?" under vigorous, moderate and
// walking activity; "Enter date of vaccination…" under each dose) matches each of them exactly,
// and the first in codebook order used to win every print. The prints above tell them apart:
// the follow-up of a question printed just above (a few prints back, not past an earlier print
// of the same wording), or the sibling of the follow-up printed just before it. A wording three
// or more items share that nothing above decides ties the print to none of them: no guess.
import type { MergedItem } from './items';
import { words, type MatchCandidate } from './text-match';

/** How many prints back a question may stand above its follow-up (a box and "Please specify" between). */
export const LOOK_BACK = 6;
/** Items sharing one wording from which an undecided print is tied to none. */
export const NO_GUESS_FROM = 3;

/** A print above, nearest first. */
export interface Above {
  key: string | null;
  text: string;
}

const joined = (s: string) => words(s).join(' ');

/** Every wording any source gives the item (words joined); read afresh, as facts may still be added. */
export function wordingsOfItem(key: string, items: Map<string, MergedItem>): Set<string> {
  const item = items.get(key);
  if (!item) return new Set();
  return new Set((item.facts ?? []).filter((f) => f.field === 'text.en' || f.field === 'text.es').map((f) => joined(f.value)));
}

// A frozen list (mergeSources freezes its candidate lists) cannot change: its wordings' keys are
// grouped once instead of re-joining every candidate's words for each print.
const keysByWordingOf = new WeakMap<readonly MatchCandidate[], Map<string, string[]>>();

/** Each wording (words joined) → the keys worded so, each once, in list order. */
function groupByWording(list: readonly MatchCandidate[], more: (key: string) => Iterable<string> = () => []): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (w: string, key: string) => {
    const keys = out.get(w);
    if (!keys) out.set(w, [key]);
    else if (!keys.includes(key)) keys.push(key);
  };
  for (const c of list) {
    add(joined(c.text), c.key);
    for (const w of more(c.key)) add(w, c.key);
  }
  return out;
}

function keysByWording(list: readonly MatchCandidate[]): Map<string, string[]> {
  let out = keysByWordingOf.get(list);
  if (out) return out;
  out = groupByWording(list);
  if (Object.isFrozen(list)) keysByWordingOf.set(list, out);
  return out;
}

/**
 * The candidate, among those worded exactly as the print, that the prints `above` single out;
 * `hitKey` when the wording is no exact tie or nothing decides between two; null when nothing
 * decides between NO_GUESS_FROM or more.
 */
export function exactTieByContext(text: string, hitKey: string, list: readonly MatchCandidate[], items: Map<string, MergedItem>, above: Above[]): string | null {
  const wording = joined(text);
  const tied = keysByWording(list).get(wording) ?? [];
  // First among the items any source words so: a later dose's item may still carry the data
  // browser's "4th dose" wording here, before the printed one is preferred (printed-wording.ts),
  // while its codebook words it as the print does; the question printed above tells which dose
  // it is. When that decides nothing, as before, among the items worded so now.
  const bySource = keysBySourceWording(list, items).get(wording) ?? [];
  const decided = bySource.length >= 2 && bySource.includes(hitKey) ? decide(bySource, wording, items, above) : null;
  if (decided) return decided;
  if (tied.length < 2 || !tied.includes(hitKey)) return hitKey;
  return decide(tied, wording, items, above) ?? (tied.length >= NO_GUESS_FROM ? null : hitKey);
}

/** The one of `tied` the prints above single out, or null. */
function decide(tied: string[], wording: string, items: Map<string, MergedItem>, above: Above[]): string | null {
  const parentOf = (key: string) => items.get(key)?.parentKey ?? null;
  const childrenOf = (parent: string) => tied.filter((k) => parentOf(k) === parent);
  for (const a of above.slice(0, LOOK_BACK)) {
    if (joined(a.text) === wording) break;
    if (!a.key) continue;
    const under = childrenOf(a.key);
    if (under.length === 1) return under[0]!;
    if (under.length > 1) break;
  }
  // The print just before is a sibling follow-up under a question (a topic groups several versions' questions).
  const previous = above[0]?.key;
  const parent = previous ? parentOf(previous) : null;
  if (parent !== null && items.get(parent)?.kind === 'question') {
    const siblings = childrenOf(parent);
    if (siblings.length === 1) return siblings[0]!;
  }
  return null;
}

/**
 * The one candidate some source words exactly as the print, when the closest chosen wording is
 * only close: COPE Summer and Fall 2021 p.1 print "Since receiving your first COVID-19 vaccine…",
 * the codebook's wording of cdc_covid_xx_symptom, whose chosen wording drops "first"; the second
 * dose's question was closer by its chosen wording.
 */
export function exactBySource(text: string, list: readonly MatchCandidate[], items: Map<string, MergedItem>): string | null {
  const keys = keysBySourceWording(list, items).get(joined(text)) ?? [];
  return keys.length === 1 ? keys[0]! : null;
}

// Per frozen list and items map: built while mergeSources ties prints, when no fact is added yet
// (facts are added after it: printed wordings, the Spanish PDFs).
const keysBySourceWordingOf = new WeakMap<readonly MatchCandidate[], WeakMap<Map<string, MergedItem>, Map<string, string[]>>>();

/** Each wording any source gives a candidate, or its listed wording (words joined) → the keys worded so, in list order. */
function keysBySourceWording(list: readonly MatchCandidate[], items: Map<string, MergedItem>): Map<string, string[]> {
  let out = keysBySourceWordingOf.get(list)?.get(items);
  if (out) return out;
  out = groupByWording(list, (key) => wordingsOfItem(key, items));
  if (Object.isFrozen(list)) {
    const byItems = keysBySourceWordingOf.get(list) ?? new WeakMap();
    keysBySourceWordingOf.set(list, byItems.set(items, out));
  }
  return out;
}
