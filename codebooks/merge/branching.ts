// Branching rules from every source, one row per distinct rule per source (so each keeps its
// provenance). Structured rules name parent and answers; prose-only rules keep the wording.
import type { BranchRecord } from '../model/records';
import type { Identity } from './identity';

export interface MergedBranch {
  childKey: string;
  parentKey: string | null;
  answerKeys: string[];
  when: 'shown' | 'hidden';
  prose: string | null;
  source: string;
  at: string | null;
}

export function mergeBranching(records: BranchRecord[], identity: Identity) {
  const seen = new Set<string>();
  const rules: MergedBranch[] = [];
  let unresolved = 0;
  for (const r of records) {
    const childKey = identity.key(r.child);
    if (!childKey) {
      unresolved++;
      continue;
    }
    const parentKey = identity.key(r.parent);
    const answerKeys = [...new Set(r.answers.map((a) => identity.key(a)).filter((k): k is string => !!k))].sort();
    const prose = r.prose?.trim() || null;
    const sig = [childKey, parentKey, answerKeys.join(','), r.when, prose, r.prov.source].join('|');
    if (seen.has(sig)) continue;
    seen.add(sig);
    rules.push({ childKey, parentKey, answerKeys, when: r.when, prose, source: r.prov.source, at: r.prov.at ?? null });
  }
  return { rules, unresolved };
}
