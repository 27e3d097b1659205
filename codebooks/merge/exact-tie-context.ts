// A wording several follow-ups print word for word ("Enter the number of weeks.", under both the
// smoking and the e-nicotine question of COPE; IPAQ's "How many days per week?" under vigorous,
// moderate and walking activity) matches each of them exactly, and the first in codebook order
// used to win every print. The print just above tells them apart: the follow-up of the question
// printed before it, or the sibling of the follow-up printed before it.
import type { MergedItem } from './items';
import { words, type MatchCandidate } from './text-match';

/**
 * The candidate, among those worded exactly as `hitKey`'s wording is, whose parent is the item of
 * the print before (`previousKey`), else whose parent is that item's parent question. `hitKey` when the
 * wording is no exact tie or the print before singles out none of them (one key or none: no guess).
 */
export function exactTieByContext(text: string, hitKey: string, list: MatchCandidate[], items: Map<string, MergedItem>, previousKey: string | null): string {
  if (!previousKey) return hitKey;
  const joined = words(text).join(' ');
  const tied = [...new Set(list.filter((c) => words(c.text).join(' ') === joined).map((c) => c.key))];
  if (tied.length < 2 || !tied.includes(hitKey)) return hitKey;
  const parentOf = (key: string) => items.get(key)?.parentKey ?? null;
  const childOf = (parent: string | null) => (parent === null ? [] : tied.filter((k) => parentOf(k) === parent));
  const under = childOf(previousKey);
  if (under.length === 1) return under[0]!;
  if (under.length > 1) return hitKey;
  // Siblings under a question only: a topic ("How Often Topic") groups questions of several versions.
  const parent = parentOf(previousKey);
  if (parent === null || items.get(parent)?.kind !== 'question') return hitKey;
  const siblings = childOf(parent);
  return siblings.length === 1 ? siblings[0]! : hitKey;
}
