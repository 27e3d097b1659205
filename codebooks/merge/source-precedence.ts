// Which file's word wins on where a question came from: the published instrument's footnote
// outranks the 2016 workgroup sheet (order in precedence.ts, field "source"). A lower-ranked file
// naming an instrument the winner does not name loses its link; the disagreement goes to conflicts
// with both values and both sources. Links that agree are kept, the winner's first.
import type { ManifestEntry } from '../sources/manifest';
import type { Conflict } from './conflicts';
import type { MergedItem } from './items';
import { rank } from './precedence';
import type { MergedInstrument, SourceLink } from './provenance-sources';

export function applySourcePrecedence(
  links: SourceLink[],
  instruments: Map<string, MergedInstrument>,
  entryById: Map<string, ManifestEntry>,
  items: Map<string, MergedItem>,
  conflicts: Conflict[],
): SourceLink[] {
  const rankOf = (l: SourceLink) => rank('source', { format: entryById.get(l.source)?.format ?? '', date: null });
  const byItem = new Map<string, SourceLink[]>();
  for (const l of links) byItem.set(l.itemKey, [...(byItem.get(l.itemKey) ?? []), l]);
  const out: SourceLink[] = [];
  for (const [itemKey, list] of byItem) {
    const cited = list.filter((l) => l.instrumentKey);
    const best = Math.min(...cited.map(rankOf));
    const winners = cited.filter((l) => rankOf(l) === best);
    const named = new Set(winners.map((l) => l.instrumentKey));
    const name = (k: string | null) => (k ? (instruments.get(k)?.name ?? k) : '');
    const chosen = [...named].map(name).join('; ');
    const reported = new Set<string>();
    for (const l of list) {
      if (!l.instrumentKey || named.has(l.instrumentKey)) continue;
      const what = `${l.instrumentKey}|${l.source}`;
      if (!reported.has(what)) {
        reported.add(what);
        conflicts.push({
          subject: subjectOf(itemKey, items),
          field: 'source',
          chosen,
          chosenSource: { source: winners[0]!.source, at: winners[0]!.at ?? undefined },
          other: name(l.instrumentKey),
          otherSource: { source: l.source, at: l.at ?? undefined },
        });
      }
    }
    const kept = list.filter((l) => !l.instrumentKey || named.has(l.instrumentKey));
    out.push(...kept.map((l, i) => ({ l, i })).sort((a, b) => rankOf(a.l) - rankOf(b.l) || a.i - b.i).map((x) => x.l));
  }
  return out;
}

/** How conflicts name an item: its code, else the key's own part. */
function subjectOf(itemKey: string, items: Map<string, MergedItem>): string {
  return items.get(itemKey)?.code ?? itemKey.slice(2);
}
