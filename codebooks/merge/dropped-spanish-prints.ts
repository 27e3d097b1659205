// Prints are tied to items before the Spanish guard (spanish-guard.ts) judges each item's Spanish:
// a Spanish print worded as a Spanish value the guard then drops was tied by a wording that is not
// the item's. The Basics payload gives HealthInsurance_InsuranceTypeUpdate the deafness question's
// Spanish, so The_Basics_Spanish.pdf p.8 "¿Es usted sordo/a o tiene serias dificultades al
// escuchar?" went to the insurance question, with its footnote's source (ACS). Such a print is
// untied, and the links it gave are dropped.
import type { SpanishMismatch } from './spanish-guard';
import type { MergedSources } from './provenance-sources';
import { words } from './text-match';

const same = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

export function untieDroppedSpanish(sources: MergedSources, dropped: SpanishMismatch[]): number {
  const texts = dropped.filter((m) => m.field === 'text.es');
  let n = 0;
  for (const p of sources.printed) {
    if (p.record.language !== 'es' || p.method !== 'text' || !p.itemKey) continue;
    const key = p.itemKey;
    if (!texts.some((m) => m.subject === key.slice(2) && same(m.es, p.record.text))) continue;
    sources.links = sources.links.filter((l) => !(l.itemKey === key && l.source === p.record.prov.source && l.printedText === p.record.text));
    [p.itemKey, p.score, p.method] = [null, null, null];
    n++;
  }
  return n;
}
