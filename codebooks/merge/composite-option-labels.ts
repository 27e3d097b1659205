// The data browser names PFHH answers "<question> - <answer>" (the answer concept's name), and that
// label ranks first among the options' English labels. Under its question the option is the
// answer alone, as the English instrument prints it ("Grandparent"), so that is the option's label;
// the composite stays a fact of its source, and a conflict (the published instrument is preferred). Only where the part before " - " is the question's own
// wording and the part after it is, loosely, exactly one answer printed under that question (or,
// with no print, another source's label of the same option).
import type { Provenance } from '../model/records';
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import { keepInPlace, push } from './group';
import { optionSubject, type MergedOption } from './options';
import type { MergedPrinted } from './provenance-sources';
import type { AnswerPages } from './printed-answer-pages';

const SEPARATOR = ' - ';

export function bareCompositeLabels(options: MergedOption[], items: Map<string, MergedItem>, printed: MergedPrinted[], pagesOf: AnswerPages, conflicts: Conflict[]): number {
  const printsOf = new Map<string, MergedPrinted[]>();
  for (const p of printed) if (p.itemKey && p.record.language === 'en' && p.record.answers?.length) push(printsOf, p.itemKey, p);
  const bySubject = new Map<string, Conflict[]>();
  for (const c of conflicts) if (c.field === 'label.en') push(bySubject, c.subject, c);
  const dropped = new Set<Conflict>();
  let changed = 0;
  for (const o of options) {
    const label = o.label.en;
    const cut = label?.lastIndexOf(SEPARATOR) ?? -1;
    if (!label || cut <= 0) continue;
    const answer = looseText(label.slice(cut + SEPARATOR.length));
    if (!answer || !isQuestionWording(label.slice(0, cut), items.get(o.questionKey), printsOf.get(o.questionKey) ?? [])) continue;
    const bare = printedAnswer(answer, pagesOf, ownFirst(printsOf.get(o.questionKey) ?? [], items.get(o.questionKey)!.module)) ?? otherSourcesLabel(answer, o.facts);
    if (!bare) continue;
    const composite = o.facts.find((f) => f.field === 'option.label.en' && f.chosen);
    for (const f of o.facts) if (f.field === 'option.label.en') f.chosen = false;
    const same = o.facts.find((f) => f.field === 'option.label.en' && f.value === bare.value && f.prov.source === bare.prov.source);
    if (same) same.chosen = true;
    else o.facts.push({ field: 'option.label.en', value: bare.value, prov: bare.prov, chosen: true });
    o.label.en = bare.value;
    changed++;
    // A label worded as the answer now agrees; one worded otherwise differs from the answer, and so does the composite.
    const subject = optionSubject(o.questionKey, o.answerKey);
    for (const c of bySubject.get(subject) ?? []) {
      if (looseText(c.other) === answer) dropped.add(c);
      else Object.assign(c, { chosen: bare.value, chosenSource: bare.prov });
    }
    if (composite) conflicts.push({ subject, field: 'label.en', chosen: bare.value, chosenSource: bare.prov, other: label, otherSource: composite.prov });
  }
  if (dropped.size) keepInPlace(conflicts, (c) => !dropped.has(c));
  return changed;
}

/** The head of a composite is the question's English: its chosen wording, a source's, or a print's (loosely, its start). */
function isQuestionWording(head: string, question: MergedItem | undefined, prints: MergedPrinted[]): boolean {
  const h = looseText(head);
  if (!h || question?.kind !== 'question') return false;
  const wordings = [question.text.en, ...question.facts.filter((f) => f.field === 'text.en').map((f) => f.value), ...prints.map((p) => p.record.text)];
  return wordings.some((w) => w != null && looseText(w).startsWith(h));
}

/** The question's own survey's prints first (an older survey's PDF may print the same question). */
function ownFirst(prints: MergedPrinted[], module: string | null): MergedPrinted[] {
  return [...prints.filter((p) => p.module === module), ...prints.filter((p) => p.module !== module)];
}

/** The one answer printed under the question worded as the composite's answer, with the page it is printed on. */
function printedAnswer(answer: string, pagesOf: (p: MergedPrinted) => Map<string, number>, prints: MergedPrinted[]): { value: string; prov: Provenance } | null {
  let found: { value: string; prov: Provenance } | null = null;
  for (const p of prints) {
    for (const a of p.record.answers!) {
      if (looseText(a) !== answer) continue;
      if (found && found.value !== a) return null;
      const page = pagesOf(p).get(answer);
      // An answer not found as a line of the pages from its question on is not cited by a page it may not be on.
      if (page !== undefined) found ??= { value: a, prov: { source: p.record.prov.source, at: `page ${page}` } };
    }
  }
  return found;
}

/** The best-ranked other source's label of this option that is the composite's answer (facts come ranked). */
function otherSourcesLabel(answer: string, facts: Fact[]): { value: string; prov: Provenance } | null {
  const f = facts.find((x) => x.field === 'option.label.en' && !x.chosen && looseText(x.value) === answer);
  return f ? { value: f.value, prov: f.prov } : null;
}
