// Answer options of each question: the order comes from the best source that lists the
// question's options; options only other sources list are appended; labels are chosen per option.
import type { OptionRecord } from '../model/records';
import { choose, type Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { Identity } from './identity';
import { OPTION_ORDER } from './precedence';
import type { SourceIndex } from './sources-index';
import { push } from './group';

export interface MergedOption {
  questionKey: string;
  answerKey: string;
  position: number;
  label: { en: string | null; es: string | null };
  standardConceptId: number | null;
  source: string;
  facts: Fact[];
  /** Each source row's own listing of this option (its place and label there), for releases. */
  listings?: OptionListing[];
}

export interface OptionListing {
  source: string;
  at: string | null;
  position: number | null;
  label: { en: string | null; es: string | null };
}

const listingOf = (r: OptionRecord): OptionListing => ({
  source: r.prov.source,
  at: r.prov.at ?? null,
  position: r.position ?? null,
  label: { en: r.label?.en ?? null, es: r.label?.es ?? null },
});

/** What an option's conflicts are recorded under: "<question> → <answer>". */
export function optionSubject(questionKey: string, answerKey: string): string {
  return `${questionKey.slice(2)} → ${answerKey.slice(2)}`;
}

function optionRank(index: SourceIndex, r: OptionRecord): number {
  const i = OPTION_ORDER.indexOf(index.format(r.prov));
  return (i < 0 ? OPTION_ORDER.length : i) * 1e6 - index.recency(r.prov);
}

export function mergeOptions(records: OptionRecord[], identity: Identity, index: SourceIndex, conflicts: Conflict[]) {
  const byQuestion = new Map<string, OptionRecord[]>();
  let unkeyed = 0;
  for (const r of records) {
    const q = identity.key(r.question);
    if (!q) {
      unkeyed++;
      continue;
    }
    push(byQuestion, q, r);
  }
  const options: MergedOption[] = [];
  const labelOnly: OptionRecord[] = [];
  for (const [questionKey, list] of byQuestion) {
    // A question is never its own answer (a source's grid row can name the question itself).
    const keyed = list.filter((r) => identity.key(r.answer) && identity.key(r.answer) !== questionKey);
    // Rows that name no answer concept (e.g. a label with a standard value) attach by label.
    const pending = list.filter((r) => !identity.key(r.answer));
    const bySource = new Map<string, OptionRecord[]>();
    for (const r of keyed) push(bySource, r.prov.source, r);
    const sourcesBest = [...bySource.values()].sort((a, b) => optionRank(index, a[0]!) - optionRank(index, b[0]!));
    const order: string[] = [];
    for (const src of sourcesBest) {
      const sorted = [...src].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
      for (const r of sorted) {
        const k = identity.key(r.answer)!;
        if (!order.includes(k)) order.push(k);
      }
    }
    const merged = order.map((answerKey, position): MergedOption => {
      const about = keyed.filter((r) => identity.key(r.answer) === answerKey);
      const subject = optionSubject(questionKey, answerKey);
      const en = choose(subject, 'label.en', about.map((r) => ({ value: r.label?.en, prov: r.prov })), index, conflicts, true);
      const es = choose(subject, 'text.es', about.map((r) => ({ value: r.label?.es, prov: r.prov })), index, conflicts, true);
      const std = choose(subject, 'standardConceptId', about.map((r) => ({ value: r.standardConceptId, prov: r.prov })), index, conflicts);
      const best = [...about].sort((a, b) => optionRank(index, a) - optionRank(index, b))[0]!;
      return {
        questionKey,
        answerKey,
        position,
        label: { en: en.value, es: es.value },
        standardConceptId: std.value,
        source: best.prov.source,
        facts: [...en.facts, ...es.facts, ...std.facts].map((f) => ({ ...f, field: `option.${f.field}` })),
        listings: about.map(listingOf),
      };
    });
    for (const r of pending) {
      const target = optionOfLabel(merged, r.label?.en);
      if (target) attachStandard(target, r);
      else labelOnly.push(r);
    }
    options.push(...merged);
  }
  return { options, labelOnly, unkeyed };
}

/** A label-only row's standard value concept, given to the option it names (unless it has one). */
export function attachStandard(target: MergedOption, r: OptionRecord): void {
  if (r.standardConceptId == null || target.standardConceptId != null) return;
  target.standardConceptId = r.standardConceptId;
  target.facts.push({ field: 'option.standardConceptId', value: String(r.standardConceptId), prov: r.prov, chosen: true });
}

/**
 * The option a label-only row names: same wording, or the wording after a rating scale's printed
 * score ("4 = Mild" is the option "Mild"). Only a single match counts.
 */
export function optionOfLabel(merged: MergedOption[], label: string | undefined): MergedOption | undefined {
  if (!label?.trim()) return undefined;
  const exact = looseText(label);
  const hit = merged.filter((o) => o.label.en && looseText(o.label.en) === exact);
  if (hit.length) return hit.length === 1 ? hit[0] : undefined;
  const score = /^\s*\d+\s*=\s*(.+)$/.exec(label);
  if (!score) return undefined;
  const bare = looseText(score[1]!);
  const scored = merged.filter((o) => o.label.en && looseText(o.label.en) === bare);
  return scored.length === 1 ? scored[0] : undefined;
}
