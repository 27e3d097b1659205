// Answer concept IDs inferred from the value concept a source gives an answer (the workbench's
// cohort-builder tree): where that value is itself an ID-only answer of the same question (a PPI
// answer concept the Data Browser lists without a code), the coded answer and that ID are one
// concept. Only codes that point to one such ID everywhere are paired; the claim is marked
// inferred and ranks below every stated ID.
import type { Claim } from './identity';
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import { push } from './group';

export function inferAnswerIdsFromValues(options: MergedOption[], items: Map<string, MergedItem>): Claim[] {
  const answersOf = new Map<string, Set<string>>();
  for (const o of options) answersOf.set(o.questionKey, (answersOf.get(o.questionKey) ?? new Set()).add(o.answerKey));
  const candidates = new Map<string, { id: number; option: MergedOption }[]>();
  for (const o of options) {
    const item = items.get(o.answerKey);
    if (!item?.code || item.conceptId != null || o.standardConceptId == null) continue;
    if (!answersOf.get(o.questionKey)!.has(`i:${o.standardConceptId}`)) continue;
    push(candidates, item.code, { id: o.standardConceptId, option: o });
  }
  const claims: Claim[] = [];
  for (const [code, list] of candidates) {
    if (new Set(list.map((c) => c.id)).size !== 1) continue;
    const { id, option } = list[0]!;
    const fact = option.facts.find((f) => f.field === 'option.standardConceptId');
    if (!fact) continue;
    claims.push({
      ref: { code, conceptId: id },
      prov: { source: fact.prov.source, at: `${fact.prov.at ?? ''}; inferred: its value concept is an ID-only answer of the same question` },
      inferred: true,
    });
  }
  return claims;
}
