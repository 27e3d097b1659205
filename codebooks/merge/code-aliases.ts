// Two codes the codebook's 2019 sheets tie as one concept (a row's PMI Code and its Short Code)
// become one item. Every record naming either code is rewritten to the item's code before the
// merge, so the facts of both join one item and their differences become conflicts like any two
// sources'; the other code stays as an alias (searchable, opens the item) and as a 'code' fact.
//
// Which code is the item's: the one the sources giving a concept ID use. In the raw files the
// data sources (Data Browser, allofus, curation) key every tied concept ID by the Short Code and
// no file gives the long PMI Code an ID, so the short code wins: it is what a data user types.
// Where neither (or both) has an ID, the short code still wins when any source names it; a short
// code no other file names stays an alias of the sheet's PMI Code.
import type { ConceptRef, ImportResult, Provenance } from '../model/records';
import { codeKey } from './identity';
import { mapRefs } from './map-refs';

export interface CodeAlias {
  /** The code the item keeps, as the tie spells it. */
  code: string;
  alias: string;
  prov: Provenance;
}

export interface CodeAliases {
  /** alias (lower case) → the item's code */
  canonical: Map<string, string>;
  aliases: CodeAlias[];
  notes: string[];
}

function namedCodes(results: ImportResult[]): { named: Set<string>; withId: Set<string> } {
  const named = new Set<string>();
  const withId = new Set<string>();
  const see = (ref: ConceptRef | null | undefined) => {
    if (!ref?.code?.trim()) return;
    named.add(codeKey(ref.code));
    if (ref.conceptId != null) withId.add(codeKey(ref.code));
  };
  for (const r of results) {
    for (const c of r.concepts) see(c);
    for (const o of r.options) (see(o.question), see(o.answer));
    for (const b of r.branching) [b.child, b.parent, ...b.answers].forEach(see);
    for (const v of r.versions) for (const q of v.questions) see(q.ref);
  }
  return { named, withId };
}

export function resolveCodeTies(results: ImportResult[]): CodeAliases {
  const ties = results.flatMap((r) => r.codeTies);
  const out: CodeAliases = { canonical: new Map(), aliases: [], notes: [] };
  // A code tied to two different partners (or a chain of ties) is left alone: no guess.
  const partners = new Map<string, Set<string>>();
  for (const t of ties) {
    const [a, b] = [codeKey(t.code), codeKey(t.shortCode)];
    partners.set(a, (partners.get(a) ?? new Set()).add(b));
    partners.set(b, (partners.get(b) ?? new Set()).add(a));
  }
  const { named, withId } = namedCodes(results);
  const done = new Set<string>();
  for (const t of ties) {
    const [long, short] = [codeKey(t.code), codeKey(t.shortCode)];
    if (partners.get(long)!.size > 1 || partners.get(short)!.size > 1) {
      out.notes.push(`${t.prov.source} (${t.prov.at}): ${t.code} / ${t.shortCode} not merged: one of them is tied to another code too`);
      continue;
    }
    if (done.has(long)) continue;
    done.add(long);
    const shortWins = withId.has(short) !== withId.has(long) ? withId.has(short) : named.has(short);
    const [code, alias] = shortWins ? [t.shortCode.trim(), t.code.trim()] : [t.code.trim(), t.shortCode.trim()];
    out.canonical.set(codeKey(alias), code);
    out.aliases.push({ code, alias, prov: t.prov });
  }
  out.notes.push(`${out.aliases.length} code pairs tied by the codebook's Short Code column: ${out.aliases.filter((a) => named.has(codeKey(a.alias)) && named.has(codeKey(a.code)) && a.alias !== a.code).length} of them named by sources as two codes, now one item each`);
  return out;
}

/** The records with every alias replaced by its item's code (the code as stated kept beside it). */
export function applyCodeAliases(result: ImportResult, canonical: Map<string, string>): ImportResult {
  if (canonical.size === 0) return result;
  const to = (code: string | null | undefined) => (code?.trim() ? canonical.get(codeKey(code)) : undefined);
  const ref = <T extends ConceptRef>(r: T): T => {
    const c = to(r.code);
    return c ? { ...r, code: c, statedCode: r.code!.trim() } : r;
  };
  return mapRefs(result, ref);
}
