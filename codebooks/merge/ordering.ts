// Instrument order of each module's topics and questions. One source orders a module (the best
// by ORDER_SOURCES that gives positions for it); items only other sources know are appended in
// those sources' order, so no question is lost from the outline.
import type { ConceptRecord } from '../model/records';
import type { Identity } from './identity';
import type { MergedItem } from './items';
import type { ModuleResolver } from './modules';
import { ORDER_SOURCES } from './precedence';
import type { SourceIndex } from './sources-index';
import { push } from './group';

interface Placed {
  key: string;
  order: number;
}

function sourceRank(index: SourceIndex, sourceId: string, count: number): number {
  const fmt = index.format({ source: sourceId });
  const i = ORDER_SOURCES.indexOf(fmt);
  return (i < 0 ? ORDER_SOURCES.length : i) * 1e9 - index.recency({ source: sourceId }) * 1e3 - count;
}

export function moduleOrdering(
  concepts: ConceptRecord[],
  items: Map<string, MergedItem>,
  identity: Identity,
  resolver: ModuleResolver,
  index: SourceIndex,
): Map<string, string[]> {
  // module → source → placed items
  const bySource = new Map<string, Map<string, Placed[]>>();
  for (const r of concepts) {
    // A row that gave another concept's code does not place the item (retie-by-concept-id.ts).
    if (r.order == null || r.mislabelled) continue;
    const key = identity.key(r);
    const item = key ? items.get(key) : undefined;
    if (!key || !item || item.kind === 'answer' || item.kind === 'module') continue;
    const slug = resolver.slug(r.module) ?? item.module;
    if (!slug) continue;
    const m = bySource.get(slug) ?? new Map<string, Placed[]>();
    bySource.set(slug, m);
    push(m, r.prov.source, { key, order: r.order });
  }
  const out = new Map<string, string[]>();
  for (const [slug, sources] of bySource) {
    const ranked = [...sources.entries()].sort((a, b) => sourceRank(index, a[0], a[1].length) - sourceRank(index, b[0], b[1].length));
    const seen = new Set<string>();
    const keys: string[] = [];
    for (const [, placed] of ranked) {
      for (const p of [...placed].sort((a, b) => a.order - b.order)) {
        if (seen.has(p.key)) continue;
        seen.add(p.key);
        keys.push(p.key);
      }
    }
    out.set(slug, keys);
  }
  // Items with a module but no position anywhere come last, in the order they were first seen.
  for (const item of items.values()) {
    if (item.kind === 'answer' || item.kind === 'module') continue;
    for (const slug of item.module ? [item.module, ...item.modules.keys()] : item.modules.keys()) {
      const keys = out.get(slug) ?? [];
      out.set(slug, keys);
      if (!keys.includes(item.key)) keys.push(item.key);
    }
  }
  return out;
}
