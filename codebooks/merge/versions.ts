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
    const keys = [...r.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => identity.key(q.ref))
      .filter((k): k is string => !!k);
    const prev = out.get(sig);
    if (prev) {
      for (const k of keys) if (!prev.itemKeys.includes(k)) prev.itemKeys.push(k);
      continue;
    }
    out.set(sig, { slug, version: r.version, label: r.label ?? null, date: r.date ?? null, itemKeys: [...new Set(keys)], source: r.prov.source, at: r.prov.at ?? null });
  }
  return [...out.values()];
}
