// A print reworded in a later edition keeps the "[Original Source Question Text: …]" of the same
// question in earlier editions (COPE Nov 2020 prints "…I have stayed home all day, including not
// going to a supermarket…" over the May–July original "…I have stayed home all day."): no wording
// ties it, but the original text and the printed answers do, where both are exactly those of
// prints of one question in the same survey's other editions, and no print of its own document
// is tied to that question already. English only: Spanish prints follow their English print.
import type { MergedPrinted } from './provenance-sources';
import { words } from './text-match';

const MIN_WORDS = 4;

export function tieByOriginalText(printed: MergedPrinted[], skip: (p: MergedPrinted) => boolean): void {
  const keyOf = (p: MergedPrinted) => {
    const w = words(p.record.originalText ?? '');
    return p.module && p.record.language === 'en' && w.length >= MIN_WORDS && p.record.answers?.length
      ? `${p.module}|${w.join(' ')}|${JSON.stringify(p.record.answers)}` : null;
  };
  const itemsOf = new Map<string, Set<string>>();
  const tiedIn = new Set<string>();
  for (const p of printed) {
    if (!p.itemKey) continue;
    tiedIn.add(`${p.record.prov.source}|${p.itemKey}`);
    const k = keyOf(p);
    if (k) itemsOf.set(k, (itemsOf.get(k) ?? new Set()).add(p.itemKey));
  }
  const found = new Map<string, { key: string; prints: MergedPrinted[] }>();
  for (const p of printed) {
    const k = p.itemKey || skip(p) ? null : keyOf(p);
    const items = k ? itemsOf.get(k) : undefined;
    if (!items || items.size !== 1) continue;
    const key = [...items][0]!;
    if (tiedIn.has(`${p.record.prov.source}|${key}`)) continue;
    const at = `${p.record.prov.source}|${key}`;
    found.set(at, { key, prints: [...(found.get(at)?.prints ?? []), p] });
  }
  // Two prints of one document with the same original text name neither.
  for (const { key, prints } of found.values()) {
    if (prints.length === 1) [prints[0]!.itemKey, prints[0]!.score, prints[0]!.method] = [key, null, 'original-text'];
  }
}
