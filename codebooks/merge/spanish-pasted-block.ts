// A payload that pastes one question's Spanish over a block of its neighbours (The Basics'
// basics.json gives the errands question's Spanish to questions 37-40: concentrating, walking,
// dressing, errands) is caught by the guard only where the English shares few words with the
// owner's: "concentrating, remembering or making decisions" shares its whole opening with
// "doing errands alone" and kept the errands Spanish. Once the guard has seen the value pasted
// over unrelated questions, the same file's value is kept only on the question it translates best.
import type { Fact } from './choose';
import { looseText } from './conflicts';

/** A pasted block is small; a template's Spanish ("… esta enfermedad?") goes to dozens of questions. */
const MAX_BLOCK = 6;

export interface Holding {
  en: string;
  fact: Fact;
}

export interface PastedVerdict {
  why: 'elsewhere';
  owner: string;
  score: number;
}

/**
 * For each Spanish value one source gives to several questions of different English, at least one
 * of which `judge` already calls another's ('elsewhere'): a verdict for every holder the value does
 * not translate best (`score`), naming the one it does.
 */
export function pastedBlockVerdicts(holdings: Holding[], judge: (en: string, es: string) => { why: string } | null, score: (en: string, es: string) => number): Map<Fact, PastedVerdict> {
  const groups = new Map<string, Holding[]>();
  for (const h of holdings) {
    const k = `${h.fact.prov.source}\u0000${looseText(h.fact.value)}`;
    groups.set(k, [...(groups.get(k) ?? []), h]);
  }
  const out = new Map<Fact, PastedVerdict>();
  for (const group of groups.values()) {
    const english = new Set(group.map((h) => looseText(h.en)));
    if (english.size < 2 || english.size > MAX_BLOCK) continue;
    if (!group.some((h) => judge(h.en, h.fact.value)?.why === 'elsewhere')) continue;
    const scored = group.map((h) => ({ h, s: score(h.en, h.fact.value) })).sort((a, b) => b.s - a.s);
    const best = scored[0]!;
    // A tie names no owner: nothing is dropped on it.
    if (scored.length > 1 && scored[1]!.s === best.s) continue;
    for (const { h, s } of scored.slice(1)) if (looseText(h.en) !== looseText(best.h.en)) out.set(h.fact, { why: 'elsewhere', owner: best.h.en, score: s });
  }
  return out;
}
