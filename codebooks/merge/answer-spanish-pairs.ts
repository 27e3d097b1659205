// An answer's Spanish must translate the English chosen for it. The data browser labels PFHH answers
// "<question> - <answer>" ("Including yourself, who in your family has had sickle cell disease? -
// Sibling"), and that label is chosen; the payloads' Spanish of the same concept is the bare label
// it has under another question ("Anemia de células falciformes", a row of the older survey's grid).
// A Spanish value whose own record (same file, same place) gives another English is not the item's
// Spanish: it stays a fact, not chosen, and is reported as a conflict. Spanish from a record that
// gives no English (the Spanish PDFs) or the chosen English stays. Each option keeps its own labels.
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';

const placeOf = (f: Fact) => `${f.prov.source}\u0000${f.prov.at ?? ''}`;

export function dropSpanishOfOtherWording(items: Map<string, MergedItem>, conflicts: Conflict[]): string[] {
  const dropped: string[] = [];
  for (const item of items.values()) {
    if (item.kind !== 'answer' || !item.text.en || !item.text.es) continue;
    const english = new Map<string, Set<string>>();
    for (const f of item.facts) {
      if (f.field !== 'text.en') continue;
      const at = english.get(placeOf(f)) ?? new Set<string>();
      english.set(placeOf(f), at.add(looseText(f.value)));
    }
    const chosenEn = looseText(item.text.en);
    const pairs = (f: Fact) => !english.has(placeOf(f)) || english.get(placeOf(f))!.has(chosenEn);
    const spanish = item.facts.filter((f) => f.field === 'text.es');
    const chosen = spanish.find((f) => f.chosen && f.value === item.text.es);
    if (!chosen || pairs(chosen)) continue;
    // Facts are in rank order: the first that pairs with the English, if any, is the Spanish.
    const keep = spanish.find(pairs) ?? null;
    if (keep?.value === chosen.value) continue;
    for (const f of spanish) f.chosen = keep !== null && f === keep;
    item.text.es = keep?.value ?? null;
    const subject = item.key.slice(2);
    for (let i = conflicts.length - 1; i >= 0; i--) {
      const c = conflicts[i]!;
      if (c.subject === subject && c.field === 'text.es') conflicts.splice(i, 1);
    }
    const other = [...new Set(spanish.filter((f) => f !== keep).map((f) => f.value))];
    for (const value of other) {
      const f = spanish.find((s) => s.value === value)!;
      conflicts.push({ subject, field: 'text.es', chosen: keep?.value ?? null, chosenSource: keep?.prov ?? null, other: value, otherSource: f.prov });
    }
    dropped.push(item.key);
  }
  return dropped;
}
