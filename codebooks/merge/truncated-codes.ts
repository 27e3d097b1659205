// A code cut short: a file that gives a concept ID with the start of the code every other file
// gives that ID ("eds_follow_up_1_x" in curation's rt_ct_cope_suppression.csv line 5, beside
// "eds_follow_up_1_xx" in rt_cope_suppression.csv and the allofus codebook; the Data Browser's
// survey_metadata.csv "MentalHealthCondition_OtherHo" for its question_concept.csv
// "MentalHealthCondition_OtherHowOld"). One concept ID is one concept: kept apart, the ID has two
// items, one of them without wording. The shorter code becomes an alias of the longer one.
//
// Only where the files settle it: every record giving either code an ID gives that one (a code
// also given another ID is not a truncation of this one), and the longer code is the only code of
// the ID that the shorter starts.
import type { ConceptRef, ImportResult, Provenance } from '../model/records';
import type { CodeAlias, CodeAliases } from './code-aliases';
import { codeKey } from './identity';
import { mapRefs } from './map-refs';

/** Shorter than this, a prefix says too little ("Smoking_", a module's stem). */
const MIN_PREFIX = 10;

interface Named {
  code: string;
  ids: Set<number>;
  /** Records naming the code without an ID do not tell: only ID-giving records are counted. */
  prov: Provenance;
}

function namedWithIds(results: ImportResult[]): Map<string, Named> {
  const out = new Map<string, Named>();
  const see = <T extends ConceptRef>(ref: T, prov: Provenance): T => {
    const code = ref.code?.trim();
    if (!code || ref.conceptId == null) return ref;
    const k = codeKey(code);
    const n = out.get(k) ?? { code, ids: new Set<number>(), prov };
    n.ids.add(ref.conceptId);
    out.set(k, n);
    return ref;
  };
  for (const r of results) mapRefs(r, see);
  return out;
}

export function truncatedCodes(results: ImportResult[]): CodeAlias[] {
  const named = namedWithIds(results);
  const byId = new Map<number, string[]>();
  for (const [k, n] of named) if (n.ids.size === 1) for (const id of n.ids) byId.set(id, [...(byId.get(id) ?? []), k]);
  const out: CodeAlias[] = [];
  for (const keys of byId.values()) {
    if (keys.length < 2) continue;
    for (const short of keys) {
      if (short.length < MIN_PREFIX) continue;
      const longer = keys.filter((k) => k !== short && k.startsWith(short));
      if (longer.length !== 1) continue;
      const s = named.get(short)!;
      out.push({ code: named.get(longer[0]!)!.code, alias: s.code, prov: s.prov });
    }
  }
  return out;
}

/** The ties with the truncations added (a code already tied keeps its tie). */
export function withTruncatedCodes(ties: CodeAliases, results: ImportResult[]): CodeAliases {
  // Aliases are applied in one step: a code another alias already leads to is left as it is.
  const targets = new Set([...ties.canonical.values()].map(codeKey));
  const added = truncatedCodes(results).filter((c) => !ties.canonical.has(codeKey(c.alias)) && !ties.canonical.has(codeKey(c.code)) && !targets.has(codeKey(c.alias)));
  for (const c of added) ties.canonical.set(codeKey(c.alias), c.code);
  ties.aliases.push(...added);
  ties.notes.push(`${added.length} codes cut short (the start of the code other files give the same concept ID) kept as aliases of the whole code: ${added.map((c) => `${c.alias} → ${c.code}`).join(', ')}`);
  return ties;
}
