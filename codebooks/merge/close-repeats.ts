// A print tied to an item by a close wording, in a document that prints that item's own wording
// exactly elsewhere, is another question: FHH EN p.14 "Who in your family has had kidney disease?"
// came out closest to the obesity question, which p.24 prints word for word; PFHH p.94's "Please
// specify the other condition(s) …" to the mental-health one of p.70. Such a print is tied to none.
// (A workgroup sheet holds both languages: the exact wording looked for is in the print's language.)
import { looseText } from './conflicts';
import type { MergedPrinted } from './provenance-sources';

export function untieCloseRepeats(printed: MergedPrinted[]): MergedPrinted[] {
  const exact = new Map<string, Set<string>>();
  for (const p of printed) {
    if (p.itemKey && p.score === 1) {
      const key = `${p.record.prov.source}|${p.record.language}|${p.itemKey}`;
      exact.set(key, (exact.get(key) ?? new Set()).add(looseText(p.record.text)));
    }
  }
  const untied: MergedPrinted[] = [];
  for (const p of printed) {
    if (p.method !== 'text' || p.score === null || p.score >= 1 || !p.itemKey) continue;
    const wordings = exact.get(`${p.record.prov.source}|${p.record.language}|${p.itemKey}`);
    if (!wordings || wordings.has(looseText(p.record.text))) continue;
    Object.assign(p, { itemKey: null, score: null, method: null });
    untied.push(p);
  }
  return untied;
}
