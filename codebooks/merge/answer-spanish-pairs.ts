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
import { words } from './text-match';
import type { GuardState } from './spanish-guard';

const placeOf = (f: Fact) => `${f.prov.source}\u0000${f.prov.at ?? ''}`;

const STOP = new Set(['please', 'that', 'with', 'have', 'your', 'from', 'what', 'which', 'following', 'apply', 'select', 'choose']);
const contentWords = (s: string) => new Set(words(s).filter((w) => w.length >= 4 && !STOP.has(w)));

/**
 * A question's record words it otherwise when each wording says something the other does not:
 * "…for this condition?" against "…for Pseudogout?" (the PFHH payloads' template and the data
 * browser's wording of each condition's follow-up, about 400). A record's wording that is part of
 * the chosen one (a grid row under its stem) or holds it (with an introduction) still pairs.
 */
export function saysOtherThan(record: string, chosen: string): boolean {
  const r = contentWords(record);
  const c = contentWords(chosen);
  return [...r].some((w) => !c.has(w)) && [...c].some((w) => !r.has(w));
}

const differs = {
  answer: (record: string, chosen: string) => looseText(record) !== looseText(chosen),
  question: saysOtherThan,
};

/** The item's Spanish facts when its chosen Spanish does not pair with its English, and the first that does. */
function unpaired(item: MergedItem, kind: 'answer' | 'question', guard: GuardState): { spanish: Fact[]; chosen: Fact; keep: Fact | null } | null {
  if (item.kind !== kind || !item.text.en || !item.text.es) return null;
  const english = new Map<string, string[]>();
  for (const f of item.facts) if (f.field === 'text.en') english.set(placeOf(f), [...(english.get(placeOf(f)) ?? []), f.value]);
  const chosenEn = item.text.en;
  const pairs = (f: Fact) => !english.has(placeOf(f)) || english.get(placeOf(f))!.some((en) => !differs[kind](en, chosenEn));
  // A value the Spanish guard dropped never comes back here.
  const spanish = item.facts.filter((f) => f.field === 'text.es' && !guard.dropped.has(f));
  const chosen = spanish.find((f) => f.chosen && f.value === item.text.es);
  if (!chosen || pairs(chosen)) return null;
  // Facts are in rank order: the first that pairs with the English, if any, is the Spanish.
  const keep = spanish.find(pairs) ?? null;
  return keep?.value === chosen.value ? null : { spanish, chosen, keep };
}

function choose(item: MergedItem, spanish: Fact[], keep: Fact | null): void {
  for (const f of spanish) f.chosen = keep !== null && f === keep;
  item.text.es = keep?.value ?? null;
}

/** Each Spanish value of `item` other than the chosen one becomes a disagreement with it (replacing choose()'s). */
function reportSpanish(item: MergedItem, conflicts: Conflict[]): void {
  const subject = item.key.slice(2);
  for (let i = conflicts.length - 1; i >= 0; i--) {
    const c = conflicts[i]!;
    if (c.subject === subject && c.field === 'text.es') conflicts.splice(i, 1);
  }
  const spanish = item.facts.filter((f) => f.field === 'text.es');
  const keep = spanish.find((f) => f.chosen && f.value === item.text.es) ?? null;
  for (const value of new Set(spanish.map((f) => f.value))) {
    if (value === keep?.value) continue;
    const f = spanish.find((x) => x.value === value)!;
    conflicts.push({ subject, field: 'text.es', chosen: keep?.value ?? null, chosenSource: keep?.prov ?? null, other: value, otherSource: f.prov });
  }
}

/** Answers: the Spanish of another wording goes (reported as a conflict). */
export function dropSpanishOfOtherWording(items: Map<string, MergedItem>, conflicts: Conflict[], guard: GuardState): string[] {
  const dropped: string[] = [];
  for (const item of items.values()) {
    const u = unpaired(item, 'answer', guard);
    if (!u) continue;
    choose(item, u.spanish, u.keep);
    reportSpanish(item, conflicts);
    dropped.push(item.key);
  }
  return dropped;
}

export interface HeldSpanish {
  item: MergedItem;
  fact: Fact;
}

/**
 * Questions: the Spanish of another wording is held back before the Spanish PDFs fill gaps, so the
 * Spanish instrument's own print of this question takes its place (settleHeldSpanish).
 */
export function holdSpanishOfOtherWording(items: Map<string, MergedItem>, guard: GuardState): HeldSpanish[] {
  const held: HeldSpanish[] = [];
  for (const item of items.values()) {
    const u = unpaired(item, 'question', guard);
    if (!u) continue;
    choose(item, u.spanish, u.keep);
    held.push({ item, fact: u.chosen });
  }
  return held;
}

/** A held value the PDFs (or another source) replaced is a disagreement; one nothing replaced comes back (it still translates a wording of the question). */
export function settleHeldSpanish(held: HeldSpanish[], conflicts: Conflict[]): { replaced: number; restored: number } {
  let replaced = 0;
  let restored = 0;
  for (const { item, fact } of held) {
    if (item.text.es === null) {
      choose(item, item.facts.filter((f) => f.field === 'text.es'), fact);
      restored++;
    } else if (item.facts.some((f) => f.field === 'text.es' && f.chosen && f.value === item.text.es && f.prov.source.startsWith('pdf:'))) replaced++;
    reportSpanish(item, conflicts);
  }
  return { replaced, restored };
}
