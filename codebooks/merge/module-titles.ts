// Module names in Spanish (and in English where no source names the module) from the titles of
// the module's instrument PDFs: the Spanish title most of its Spanish PDFs carry, when it is not
// simply the English title printed again.
import type { Fact } from './choose';
import type { MergedModule } from './modules';
import type { MergedDocument } from './provenance-sources';

function mostCommon(titles: string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function namesFromDocuments(modules: MergedModule[], documents: MergedDocument[]): number {
  let named = 0;
  for (const m of modules) {
    const docs = documents.filter((d) => d.module === m.slug && d.title);
    const english = new Set(docs.filter((d) => d.language === 'en').map((d) => d.title!.toLowerCase()));
    const fact = (field: string, value: string, d: MergedDocument): Fact => ({ field, value, prov: { source: d.files[0]!.source, at: 'title' }, chosen: true });
    if (!m.name.es) {
      const es = mostCommon(docs.filter((d) => d.language === 'es' && !english.has(d.title!.toLowerCase())).map((d) => d.title!));
      if (es) {
        m.name.es = es;
        m.facts.push(fact('name.es', es, docs.find((d) => d.title === es)!));
        named++;
      }
    }
    if (!m.name.en) {
      const en = mostCommon(docs.filter((d) => d.language === 'en').map((d) => d.title!));
      if (en) (m.name.en = en), m.facts.push(fact('name.en', en, docs.find((d) => d.title === en)!));
    }
  }
  return named;
}
