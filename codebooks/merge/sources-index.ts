import type { Provenance } from '../model/records';
import type { ManifestEntry } from '../sources/manifest';
import { COMMIT_DATES } from '../sources/upstreams';
import { rank, type RankedSource } from './precedence';

/** Looks up, for a record's provenance, its source's format and date, and ranks it per field. */
export class SourceIndex {
  private readonly byId = new Map<string, RankedSource & { entry: ManifestEntry }>();

  constructor(entries: ManifestEntry[]) {
    for (const entry of entries) {
      this.byId.set(entry.id, { entry, format: entry.format, date: COMMIT_DATES[entry.commit] ?? null });
    }
  }

  format(prov: Provenance): string {
    return this.get(prov).format;
  }

  entry(prov: Provenance): ManifestEntry {
    return this.get(prov).entry;
  }

  /** field → source id → rank: the merge ranks the same few hundred sources millions of times. */
  private readonly ranks = new Map<string, Map<string, number>>();

  rank(field: string, prov: Provenance): number {
    let byId = this.ranks.get(field);
    if (!byId) this.ranks.set(field, (byId = new Map()));
    let r = byId.get(prov.source);
    if (r === undefined) byId.set(prov.source, (r = rank(field, this.get(prov))));
    return r;
  }

  /** Days since 1970 of the source's commit date (0 when unknown): newer is larger. */
  recency(prov: Provenance): number {
    const d = this.get(prov).date;
    return d ? Date.parse(d) / 86_400_000 : 0;
  }

  date(sourceId: string): string | null {
    return this.byId.get(sourceId)?.date ?? null;
  }

  private get(prov: Provenance): RankedSource & { entry: ManifestEntry } {
    const found = this.byId.get(prov.source);
    if (!found) throw new Error(`record from unknown source ${prov.source}`);
    return found;
  }
}
