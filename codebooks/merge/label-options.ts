// Questions whose answers no source names by code or concept ID, only by label (the Data
// Browser's answer list for newer surveys), still get their answers: label-only answer items,
// marked as such (no code, no concept ID), from the best source that lists them.
import type { ConceptRecord, Provenance } from '../model/records';
import type { MergedPrinted } from './provenance-sources';
import type { Identity } from './identity';
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import type { SourceIndex } from './sources-index';

export function labelOnlyOptions(
  concepts: ConceptRecord[],
  items: Map<string, MergedItem>,
  options: MergedOption[],
  identity: Identity,
  index: SourceIndex,
  printed: MergedPrinted[],
): { items: MergedItem[]; options: MergedOption[] } {
  const withOptions = new Set(options.map((o) => o.questionKey));
  const best = new Map<string, { labels: string[]; es: string[] | null; prov: Provenance }>();
  for (const r of concepts) {
    if (!r.answerLabels?.length) continue;
    const key = identity.key(r);
    if (!key || withOptions.has(key) || items.get(key)?.kind !== 'question') continue;
    const prev = best.get(key);
    if (!prev || index.rank('options', r.prov) < index.rank('options', prev.prov)) best.set(key, { labels: r.answerLabels, es: null, prov: r.prov });
  }
  // Otherwise the answers printed under the question in its instrument (English, with the
  // Spanish instrument's labels when it prints as many).
  for (const p of printed) {
    const labels = p.record.answers ?? [];
    if (!p.itemKey || p.record.language !== 'en' || labels.length < 2 || withOptions.has(p.itemKey) || best.has(p.itemKey)) continue;
    if (items.get(p.itemKey)?.kind !== 'question') continue;
    const es = printed.find((x) => x.itemKey === p.itemKey && x.record.language === 'es' && (x.record.answers ?? []).length === labels.length);
    const at = p.record.page != null ? `page ${p.record.page}` : p.record.prov.at;
    best.set(p.itemKey, { labels, es: es?.record.answers ?? null, prov: { source: p.record.prov.source, at } });
  }
  const newItems: MergedItem[] = [];
  const newOptions: MergedOption[] = [];
  for (const [questionKey, r] of best) {
    const q = items.get(questionKey)!;
    r.labels.forEach((label, position) => {
      const labelEs = r.es?.[position] ?? null;
      const key = `l:${questionKey.slice(2)}#${position + 1}`;
      const fact = { field: 'text.en', value: label, prov: r.prov, chosen: true };
      newItems.push({
        key, kind: 'answer', code: null, conceptId: null, module: q.module, modules: new Map(), parentKey: questionKey, topic: null,
        text: { en: label, es: labelEs }, help: { en: null, es: null }, fieldType: null, standardConceptId: null, itemId: null,
        conceptClass: 'label only', externalCodes: [], facts: [fact],
      });
      newOptions.push({ questionKey, answerKey: key, position, label: { en: label, es: labelEs }, standardConceptId: null, source: r.prov.source, facts: [] });
    });
  }
  return { items: newItems, options: newOptions };
}
