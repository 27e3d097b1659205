// A Spanish print tied to its item by its English print's alignment (spanish-from-pdf.ts, after the
// links are made) cites its sources as the English one does: "¿Todavía está viendo … para el
// cáncer de huesos?¹" (Survey_PaFHH_spn_Src.pdf p.3) names "Developed for use in All of Us" as
// the English print of Cancer_BoneCancerCurrently does. A footnote is taken only where it names an
// instrument the item is already linked to: a Spanish list numbered otherwise adds no wrong source.
import { printLinks, type MergedSources, type SourceLink } from './provenance-sources';

export function alignedPrintLinks(sources: MergedSources): SourceLink[] {
  const linked = new Set(sources.links.filter((l) => l.instrumentKey).map((l) => `${l.itemKey}|${l.instrumentKey}`));
  const out: SourceLink[] = [];
  for (const p of sources.printed) {
    if (p.method !== 'aligned-with-english-pdf' || !p.itemKey || p.record.language !== 'es') continue;
    for (const l of printLinks(p.record, p.itemKey, sources.citations)) if (l.instrumentKey && linked.has(`${l.itemKey}|${l.instrumentKey}`)) out.push(l);
  }
  return out;
}
