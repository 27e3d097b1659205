// Questions whose answers no source names by code or concept ID, only by label (the Data
// Browser's answer list for newer surveys), still get their answers: label-only answer items,
// marked as such (no code, no concept ID), from the best source that lists them.
import type { ConceptRecord, Provenance } from '../model/records';
import type { MergedPrinted } from './provenance-sources';
import { looseText } from './conflicts';
import { printedAnswers } from './printed-answers';
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
): { items: MergedItem[]; options: MergedOption[]; tiedIds: Set<number> } {
  // A question whose one answer is a bare ID (the answer that opens its follow-ups, which the data
  // browser names by ID only) still takes the labels; several bare IDs are its real answers.
  const count = new Map<string, number>();
  for (const o of options) count.set(o.questionKey, (count.get(o.questionKey) ?? 0) + (o.label.en ? 2 : 1));
  const withOptions = new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
  const best = new Map<string, { labels: string[]; es: string[] | null; prov: Provenance; esProv?: Provenance }>();
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
    const esAt = es && (es.record.page != null ? `page ${es.record.page}` : es.record.prov.at);
    best.set(p.itemKey, { labels, es: es?.record.answers ?? null, prov: { source: p.record.prov.source, at }, esProv: es ? { source: es.record.prov.source, at: esAt } : undefined });
  }
  const newItems: MergedItem[] = [];
  const newOptions: MergedOption[] = [];
  const taken = new Set([...items.values()].map((i) => i.conceptId).filter((id) => id != null));
  const tiedIds = new Set<number>();
  for (const [questionKey, r] of best) {
    const q = items.get(questionKey)!;
    const ids = printedIdsOf(questionKey, printed);
    r.labels.forEach((label, position) => {
      const labelEs = r.es?.[position] ?? null;
      const key = `l:${questionKey.slice(2)}#${position + 1}`;
      const facts = [{ field: 'text.en', value: label, prov: r.prov, chosen: true }];
      // The Spanish instrument's label printed in the same place, with its own file and page.
      if (labelEs && r.esProv) facts.push({ field: 'text.es', value: labelEs, prov: r.esProv, chosen: true });
      // The ID the instrument prints beside this very wording, where no other item has it.
      const printedId = ids.get(looseText(label));
      const conceptId = printedId && !taken.has(printedId.id) ? printedId.id : null;
      if (conceptId != null) {
        taken.add(conceptId);
        tiedIds.add(conceptId);
        facts.push({ field: 'conceptId', value: String(conceptId), prov: printedId!.prov, chosen: true });
      }
      newItems.push({
        key, kind: 'answer', code: null, conceptId, module: q.module, modules: new Map(), parentKey: questionKey, topic: null,
        text: { en: label, es: labelEs }, help: { en: null, es: null }, fieldType: null, standardConceptId: null, itemId: null,
        conceptClass: 'label only', externalCodes: [], facts,
      });
      const optionFacts = facts.filter((f) => f.field.startsWith('text.')).map((f) => ({ ...f, field: f.field === 'text.en' ? 'option.label.en' : 'option.text.es' }));
      newOptions.push({ questionKey, answerKey: key, position, label: { en: label, es: labelEs }, standardConceptId: null, source: r.prov.source, facts: optionFacts });
    });
  }
  return { items: newItems, options: newOptions, tiedIds };
}

/** Printed answer IDs under a question in its English instruments, by wording (a wording printed with two IDs gives none). */
function printedIdsOf(questionKey: string, printed: MergedPrinted[]): Map<string, { id: number; prov: Provenance }> {
  const byLabel = new Map<string, { id: number; prov: Provenance } | null>();
  for (const p of printed) {
    if (p.itemKey !== questionKey || p.record.language !== 'en') continue;
    for (const a of printedAnswers(p.record)) {
      if (a.questionId !== p.record.ref?.conceptId) continue;
      const k = looseText(a.label);
      const prev = byLabel.get(k);
      if (prev === undefined) byLabel.set(k, { id: a.id, prov: { source: p.record.prov.source, at: `page ${p.record.page}: "PPI${a.id}. ${a.label}"` } });
      else if (prev && prev.id !== a.id) byLabel.set(k, null);
    }
  }
  return new Map([...byLabel].filter((e): e is [string, { id: number; prov: Provenance }] => e[1] != null));
}
