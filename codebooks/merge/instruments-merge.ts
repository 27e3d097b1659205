// One instrument per group of Sources entries (instrument-keys.ts, instrument-ties.ts): its key,
// canonical name, the other names as aliases with the evidence that ties them, and the citations.
import type { InstrumentRecord } from '../model/records';
import { aliasForm, type InstrumentKeys } from './instrument-keys';
import { describedName } from './instrument-ties';
import type { ModuleResolver } from './modules';
import type { MergedCitation, MergedInstrument } from './provenance-sources';

function addAlias(i: MergedInstrument, name: string, evidence: string | null): void {
  const loose = (x: string) => x.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (loose(name) === loose(i.name) || (i.shortName && loose(name) === loose(i.shortName))) return;
  if (!i.aliases.some((a) => loose(a) === loose(name))) i.aliases.push(name);
  if (evidence && !i.aliasEvidence.has(name)) i.aliasEvidence.set(name, evidence);
}

const AUTHOR_LIST = /^[A-Z][\p{L}'’-]+,? [A-Z]/u;
/**
 * Which record names a group, best first: one with a short name (as before any tie); else a name
 * an entry's description calls the instrument ("The Everyday Discrimination Scale was
 * developed…": the scale, not the paper); one printed in an English PDF; one a PDF's Sources list
 * prints rather than a workgroup sheet's shorthand ("UK Bio"), not an author list; the first
 * otherwise. The other names stay as aliases.
 */
function preference(r: InstrumentRecord, described: Set<string>, languageOf: Map<string, 'en' | 'es'>): number {
  const short = !!r.shortName;
  return (
    (short ? 0 : 8) +
    (short || described.has(aliasForm(r.name)) ? 0 : 4) +
    (languageOf.get(r.prov.source) === 'es' ? 2 : 0) +
    ((!short && r.number == null) || (AUTHOR_LIST.test(r.name) && r.name.includes(',')) ? 1 : 0)
  );
}

export function mergeInstruments(records: InstrumentRecord[], keys: InstrumentKeys, languageOf: Map<string, 'en' | 'es'>, resolver: ModuleResolver) {
  const groups = new Map<string, InstrumentRecord[]>();
  for (const r of records) {
    const key = keys.key(r);
    if (key) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const described = new Set(records.map((r) => describedName(r.description)).filter((n): n is string => !!n).map(aliasForm));
  // A group is keyed by a short name of its own when it has one (kept in links and addresses),
  // its canonical record's first, else by its canonical record's name.
  const finalKey = new Map<string, string>();
  const citations: MergedCitation[] = [];
  const instruments = new Map<string, MergedInstrument>();
  for (const [root, list] of groups) {
    const ranked = list.map((r, i) => ({ r, p: preference(r, described, languageOf) * 10_000 + i })).sort((a, b) => a.p - b.p).map((x) => x.r);
    const first = ranked[0]!;
    const own = [keys.ownKey(first)!, root, ...list.map((r) => keys.ownKey(r)!)];
    const key = own.find((k) => k.startsWith('s:')) ?? own[0]!;
    finalKey.set(root, key);
    const i: MergedInstrument = { key, name: first.name, shortName: first.shortName ?? null, organization: null, url: null, year: null, description: null, aliases: [], aliasEvidence: new Map() };
    for (const r of ranked) {
      i.shortName ??= r.shortName ?? null;
      i.organization ??= r.organization ?? null;
      i.url ??= r.url ?? null;
      i.year ??= r.year ?? null;
      i.description ??= r.description ?? null;
    }
    // Aliases in the sources' order.
    for (const r of list) addAlias(i, r.name, keys.evidence(r));
    instruments.set(key, i);
  }
  for (const r of records) {
    const root = keys.key(r);
    if (!root) continue;
    citations.push({
      instrumentKey: finalKey.get(root)!,
      module: resolver.slug(r.module),
      number: r.number ?? null,
      section: r.section ?? null,
      citation: r.citation ?? null,
      year: r.year ?? null,
      url: r.url ?? null,
      source: r.prov.source,
      at: r.prov.at ?? null,
    });
  }
  return { instruments, citations, keyOf: (r: { name: string; shortName?: string | null }) => {
    const root = keys.key(r);
    return root ? (finalKey.get(root) ?? root) : null;
  } };
}

