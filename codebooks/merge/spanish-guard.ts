// A source's Spanish can be a translation of another item (a mis-pasted payload gives a
// deafness question to an insurance question, "Sí"/"No" to insurance types). Such Spanish is
// not chosen: it goes to the conflicts report and the item keeps another source's Spanish, if
// one agrees with its English, else none. A wrong translation is worse than none.
import type { Provenance } from '../model/records';
import type { Conflict } from './conflicts';
import { looseText } from './conflicts';
import type { Fact } from './choose';
import type { MergedItem } from './items';
import { optionSubject, type MergedOption } from './options';
import { Lexicon } from './spanish-lexicon';
import { ContrastTerms } from './spanish-contrast';
import { ownLabel } from './spanish-rows';
import { words } from './text-match';
import { pastedBlockVerdicts } from './spanish-pasted-block';

/** Below this lexicon score a long pair shares no translated word, cognate or number. */
export const MIN_SCORE = 0.05;
/** Lexicon evidence only counts when both sides have this many content words. */
const LEXICON_WORDS = 5;
/** An English wording this long is never rendered by a generic answer label. */
const LONG_ENGLISH = 5;

// The guard asks for the content words of the same few thousand wordings ~100,000 times: each once.
const contentOf = new Map<string, readonly string[]>();
function contentWords(s: string): readonly string[] {
  let c = contentOf.get(s);
  if (!c) contentOf.set(s, (c = Object.freeze(words(s).filter((w) => w.length >= 3 && !/^\d+$/.test(w)))));
  return c;
}

/** Numbers as printed ("6-7" is 6 and 7); a text that is only a number (a video's ID) has none. */
const numbers = (s: string) => new Set(/\p{L}/u.test(s) ? (s.match(/\d+/g) ?? []) : []);

export type MismatchWhy = 'elsewhere' | 'numbers' | 'lexicon' | 'other-answer' | 'untranslated';
type Verdict = { why: MismatchWhy; owner: string | null; score: number };

export interface SpanishMismatch {
  subject: string;
  field: string;
  en: string;
  es: string;
  prov: Provenance;
  why: MismatchWhy;
  /** The English this Spanish translates elsewhere ('elsewhere'), or the answer it names ('other-answer'), else null. */
  owner: string | null;
  score: number;
}

/** How much better the Spanish must translate another item's English to be that item's. */
const OWNER_MARGIN = 0.25;
/** Different numbers only tell when the words hardly translate ("COVID-19" has no 19 in Spanish). */
const NUMBERS_SCORE = 0.2;
/** A short label ("Sí", "Yes") has this many content words at most. */
const SHORT = 2;
/** A Spanish of this many content words is a sentence, no loose label. */
const SENTENCE = 3;

/** A wording's distinct content words, and the 5-letter stems of those of 5 letters or more. */
interface ContentSets {
  words: Set<string>;
  stems: Set<string>;
}
const setsOf = new Map<string, ContentSets>();
function contentSets(s: string): ContentSets {
  let c = setsOf.get(s);
  if (!c) {
    const w = contentWords(s);
    setsOf.set(s, (c = { words: new Set(w), stems: new Set(w.filter((x) => x.length >= 5).map((x) => x.slice(0, 5))) }));
  }
  return c;
}

/** Share of `owner`'s content words that `en` also has (or a word of `en` starts with its 5-letter stem): 1 when `en` is a grid row's stem + row. */
function covered(owner: string, en: string): number {
  const o = contentSets(owner).words;
  if (o.size === 0) return looseText(owner) === looseText(en) ? 1 : 0;
  const e = contentSets(en);
  let n = 0;
  for (const w of o) if (e.words.has(w) || (w.length >= 5 && e.stems.has(w.slice(0, 5)))) n++;
  return n / o.size;
}

/** Two wordings share (almost) no word of 4 letters or more, nor a 5-letter stem. */
function unrelated(a: string, b: string): boolean {
  const long = (s: string) => contentWords(s).filter((w) => w.length >= 4);
  return Math.min(covered(long(a).join(' '), long(b).join(' ')), covered(long(b).join(' '), long(a).join(' '))) < 0.2;
}

export class SpanishGuard {
  private readonly lexicon: Lexicon;
  /** Loose Spanish → the English wordings the sources give it to. */
  private readonly owners = new Map<string, Set<string>>();
  constructor(
    pairs: [string, string][],
    private readonly contrast: ContrastTerms | null = null,
  ) {
    this.lexicon = new Lexicon(pairs);
    for (const [en, es] of pairs) {
      const k = looseText(es);
      if (!this.owners.has(k)) this.owners.set(k, new Set());
      this.owners.get(k)!.add(en);
    }
  }

  /**
   * Why `es` cannot translate `en`, or null when it may: the same Spanish is another item's and
   * translates that item's unrelated English clearly better (a mis-pasted translation, or "Sí"
   * given to a long answer), or a long pair shares no translated word at all.
   */
  /** How well `es` translates `en` by the lexicon the sources' pairs make, 0..1. */
  score(en: string, es: string): number {
    return this.lexicon.score(en, es);
  }

  /** Verdicts already given, by English then Spanish: a pair is judged the same each time it is asked. */
  private readonly verdicts = new Map<string, Map<string, Verdict | null>>();

  judge(en: string, es: string): Verdict | null {
    let byEs = this.verdicts.get(en);
    if (!byEs) this.verdicts.set(en, (byEs = new Map()));
    let v = byEs.get(es);
    if (v === undefined) byEs.set(es, (v = this.judgeOnce(en, es)));
    return v;
  }

  private judgeOnce(en: string, es: string): Verdict | null {
    const score = this.lexicon.score(en, es);
    if (looseText(en) === looseText(es) && this.lexicon.untranslated(es)) return { why: 'untranslated', owner: null, score };
    // Naming another answer of a select-all list ("riñon" for "heart") is a neighbour's Spanish.
    const other = this.contrast?.otherNamed(en, es);
    if (other) return { why: 'other-answer', owner: other, score };
    const [e, s] = [contentWords(en), contentWords(es)];
    for (const owner of this.owners.get(looseText(es)) ?? []) {
      if (looseText(owner) === looseText(en) || covered(owner, en) >= 0.5) continue;
      const gain = this.lexicon.score(owner, es) - score;
      // Two long, unrelated English wordings never share one Spanish: it is the better-scoring one's.
      const better = gain >= OWNER_MARGIN || (gain > 0 && e.length >= LONG_ENGLISH && contentWords(owner).length >= LONG_ENGLISH && unrelated(owner, en));
      const shortLabel = s.length <= SHORT && contentWords(owner).length <= SHORT && e.length >= LONG_ENGLISH && score === 0;
      // Short answers have loose translations ("None of the time": "Nunca"): only no shared word at
      // all counts, or a sentence that translates the other wording far better ("En general,
      // prefiero sentir" given to "Drinking caffeine makes me feel" by its own payload).
      const farBetter = gain >= 2 * OWNER_MARGIN && s.length >= SENTENCE;
      if ((better && (e.length >= LONG_ENGLISH || score === 0 || farBetter)) || shortLabel) return { why: 'elsewhere', owner, score };
    }
    const [ne, ns] = [numbers(en), numbers(es)];
    if (score < NUMBERS_SCORE && ne.size > 0 && ns.size > 0 && ![...ne].some((n) => ns.has(n))) return { why: 'numbers', owner: null, score };
    if (e.length >= LEXICON_WORDS && s.length >= LEXICON_WORDS && score < MIN_SCORE) return { why: 'lexicon', owner: null, score };
    return null;
  }
}

interface Holder {
  subject: string;
  field: string;
  en: string | null;
  facts: Fact[];
  set: (es: string | null) => void;
}

/** Every English/Spanish pair the sources give, items and options, for the lexicon. */
function pairsOf(holders: Holder[]): [string, string][] {
  const out: [string, string][] = [];
  for (const h of holders) if (h.en) for (const f of h.facts) if (f.field === h.field) out.push([h.en, f.value]);
  return out;
}

function holders(items: Map<string, MergedItem>, options: MergedOption[]): Holder[] {
  const out: Holder[] = [];
  for (const i of items.values()) out.push({ subject: i.key.slice(2), field: 'text.es', en: i.text.en, facts: i.facts, set: (v) => (i.text.es = v) });
  for (const o of options) {
    const question = items.get(o.questionKey)?.text.en;
    const en = o.label.en && question ? ownLabel(o.label.en, question) : o.label.en;
    out.push({ subject: optionSubject(o.questionKey, o.answerKey), field: 'option.text.es', en, facts: o.facts, set: (v) => (o.label.es = v) });
  }
  return out;
}

/** Facts already judged and those dropped, kept between the passes before and after the PDFs' Spanish. */
export interface GuardState {
  judged: WeakSet<Fact>;
  dropped: WeakSet<Fact>;
}

export const newGuardState = (): GuardState => ({ judged: new WeakSet(), dropped: new WeakSet() });

/**
 * Drops each Spanish value that cannot translate its item's English (the chosen one falls back
 * to the best-ranked value that can), recording each dropped value as a conflict. A second call
 * with the same state judges only the values added since.
 */
export function guardSpanish(items: Map<string, MergedItem>, options: MergedOption[], conflicts: Conflict[], state = newGuardState()): SpanishMismatch[] {
  const all = holders(items, options);
  const guard = new SpanishGuard(pairsOf(all), new ContrastTerms(items, options));
  const found: SpanishMismatch[] = [];
  const questions = all.filter((h) => h.field === 'text.es' && h.en);
  const holdings = questions.flatMap((h) => h.facts.filter((f) => f.field === 'text.es' && !state.judged.has(f)).map((fact) => ({ en: h.en!, fact })));
  const pasted = pastedBlockVerdicts(holdings, (en, es) => guard.judge(en, es), (en, es) => guard.score(en, es));
  for (const h of all) {
    if (!h.en) continue;
    const spanish = h.facts.filter((f) => f.field === h.field);
    const bad = new Map<Fact, { why: MismatchWhy; owner: string | null; score: number }>();
    for (const f of spanish) {
      if (state.judged.has(f)) continue;
      state.judged.add(f);
      const v = pasted.get(f) ?? guard.judge(h.en, f.value);
      if (v) bad.set(f, v);
    }
    if (bad.size === 0) continue;
    for (const f of bad.keys()) state.dropped.add(f);
    // Facts are in rank order (choose sorts them): the first that survives is the fallback.
    const keep = spanish.find((f) => !state.dropped.has(f)) ?? null;
    // Options' Spanish is reported as label.es, like their English (label.en).
    const field = h.field === 'option.text.es' ? 'label.es' : h.field;
    // An option's disagreement is filed under its answer, so the report ties it to that item.
    const about = h.field === 'option.text.es' ? h.subject.split(' → ')[1]! : h.subject;
    for (const f of spanish) f.chosen = keep !== null && f.value === keep.value && !state.dropped.has(f);
    h.set(keep?.value ?? null);
    // The conflicts choose() wrote about a dropped value are replaced by the ones below.
    const gone = new Set([...bad.keys()].map((f) => f.value));
    for (let i = conflicts.length - 1; i >= 0; i--) {
      const c = conflicts[i]!;
      if (c.subject === h.subject && c.field === h.field.replace(/^option\./, '') && (gone.has(c.chosen ?? '') || gone.has(c.other))) conflicts.splice(i, 1);
    }
    for (const [f, v] of bad) {
      found.push({ subject: h.subject, field: h.field, en: h.en, es: f.value, prov: f.prov, ...v });
      conflicts.push({ subject: about, field, chosen: keep?.value ?? null, chosenSource: keep?.prov ?? null, other: f.value, otherSource: f.prov });
    }
    // Values that translate the English but lost to a dropped one still differ from the kept one.
    const told = new Set(keep ? [looseText(keep.value)] : []);
    for (const f of spanish) {
      if (!keep || state.dropped.has(f) || told.has(looseText(f.value))) continue;
      told.add(looseText(f.value));
      if (!conflicts.some((c) => c.subject === about && c.field === field && c.other === f.value)) {
        conflicts.push({ subject: about, field, chosen: keep.value, chosenSource: keep.prov, other: f.value, otherSource: f.prov });
      }
    }
  }
  return found;
}
