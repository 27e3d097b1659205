// The wordings a printed question is matched against, for items that joined two tied codes.
import type { MergedItem } from './items';

/**
 * An item that joined two tied codes (code-aliases.ts) keeps each code's wording as a fact: a
 * printed question worded as either is that item, unless other items are worded so too ("About
 * how old were you when you were first told you had this condition?"). Other items are matched
 * by their chosen wording.
 */
export function wordingsOf(i: MergedItem, lang: 'en' | 'es', shared: Set<string>): string[] {
  const chosen = i.text[lang]!;
  if (!i.aliases?.length) return [chosen];
  const own = i.facts.filter((f) => f.field === `text.${lang}` && !shared.has(f.value)).map((f) => f.value);
  return [...new Set([chosen, ...own])];
}

/** Wordings that sources give for more than one item. */
export function wordingsOfSeveral(items: Map<string, MergedItem>): Set<string> {
  const owner = new Map<string, string>();
  const shared = new Set<string>();
  for (const i of items.values()) {
    for (const f of i.facts) {
      if (f.field !== 'text.en' && f.field !== 'text.es') continue;
      const o = owner.get(f.value);
      if (o === undefined) owner.set(f.value, i.key);
      else if (o !== i.key) shared.add(f.value);
    }
  }
  return shared;
}
