// Versions (COPE waves, questionnaire releases): which questions each one holds, in order.
import type { VersionRecord } from '../model/records';
import type { Identity } from './identity';
import type { ModuleResolver } from './modules';

export interface MergedVersion {
  slug: string;
  version: string;
  label: string | null;
  date: string | null;
  itemKeys: string[];
  /** item key → its row in the source (the first one), where the version's answer list is. */
  itemAt: Map<string, string>;
  source: string;
  at: string | null;
}

export function mergeVersions(records: VersionRecord[], identity: Identity, resolver: ModuleResolver, notes: string[]): MergedVersion[] {
  const out = new Map<string, MergedVersion>();
  for (const r of records) {
    const slug = resolver.slug(r.module);
    if (!slug) {
      notes.push(`${r.prov.source}: version ${r.version} of unknown module "${r.module}" skipped`);
      continue;
    }
    const sig = `${slug}|${r.version}|${r.prov.source}`;
    const sorted = [...r.questions].sort((a, b) => a.order - b.order);
    const keys = sorted.map((q) => identity.key(q.ref)).filter((k): k is string => !!k);
    const v = out.get(sig) ?? { slug, version: r.version, label: r.label ?? null, date: r.date ?? null, itemKeys: [], itemAt: new Map<string, string>(), source: r.prov.source, at: r.prov.at ?? null };
    out.set(sig, v);
    for (const k of keys) if (!v.itemKeys.includes(k)) v.itemKeys.push(k);
    for (const q of sorted) {
      const k = identity.key(q.ref);
      if (k && q.at && !v.itemAt.has(k)) v.itemAt.set(k, q.at);
    }
  }
  return [...out.values()];
}
