// Answer concept IDs that no source states beside the code, inferred where two sources state the
// same branching rule: one names the answer that opens a follow-up by concept ID (Data Browser
// paths), another by code (REDCap logic, curation keep-rules). Only one-to-one pairings are kept;
// the claim is marked inferred, ranks below every stated ID, and names both rules.
import type { BranchRecord } from '../model/records';
import type { Claim, Identity } from './identity';

interface Group {
  ids: Map<number, BranchRecord>;
  codes: Map<string, { code: string; rule: BranchRecord }>;
}

/** `includeStated`: also pair answers whose code already has a stated ID (to check the method). */
export function inferAnswerIds(branching: BranchRecord[], identity: Identity, includeStated = false): Claim[] {
  const groups = new Map<string, Group>();
  for (const b of branching) {
    if (b.when !== 'shown' || b.answers.length !== 1 || !b.parent) continue;
    const child = identity.key(b.child);
    const parent = identity.key(b.parent);
    const answer = b.answers[0]!;
    const key = identity.key(answer);
    if (!child || !parent || !key) continue;
    const g = groups.get(`${child}|${parent}`) ?? { ids: new Map(), codes: new Map() };
    groups.set(`${child}|${parent}`, g);
    if (answer.conceptId != null && (key.startsWith('i:') || includeStated)) g.ids.set(answer.conceptId, b);
    else if (answer.code && (includeStated || !identity.idOfCode.has(key.slice(2)))) g.codes.set(key, { code: answer.code, rule: b });
  }
  const codesOfId = new Map<number, Set<string>>();
  const idsOfCode = new Map<string, Set<number>>();
  const pairs: { id: number; code: string; idRule: BranchRecord; codeRule: BranchRecord }[] = [];
  for (const g of groups.values()) {
    if (g.ids.size !== 1 || g.codes.size !== 1) continue;
    const [id, idRule] = [...g.ids][0]!;
    const [key, { code, rule }] = [...g.codes][0]!;
    codesOfId.set(id, (codesOfId.get(id) ?? new Set()).add(key));
    idsOfCode.set(key, (idsOfCode.get(key) ?? new Set()).add(id));
    pairs.push({ id, code, idRule, codeRule: rule });
  }
  const claims: Claim[] = [];
  const done = new Set<number>();
  for (const p of pairs) {
    const key = `c:${p.code.trim().toLowerCase()}`;
    if (done.has(p.id) || codesOfId.get(p.id)!.size !== 1 || idsOfCode.get(key)!.size !== 1) continue;
    done.add(p.id);
    const other = `${p.codeRule.prov.source}${p.codeRule.prov.at ? ` (${p.codeRule.prov.at})` : ''}`;
    claims.push({
      ref: { code: p.code, conceptId: p.id },
      prov: { source: p.idRule.prov.source, at: `${p.idRule.prov.at ?? ''}; inferred: the same rule names this answer by code in ${other}` },
      inferred: true,
    });
  }
  return claims;
}
