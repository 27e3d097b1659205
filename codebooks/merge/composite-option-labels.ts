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
import type { MergedOption } from './options';
import type { MergedDocument, MergedPrinted } from './provenance-sources';

const SEPARATOR = ' - ';

export function bareCompositeLabels(options: MergedOption[], items: Map<string, MergedItem>, printed: MergedPrinted[], documents: MergedDocument[], conflicts: Conflict[]): number {
  const pagesOf = answerPages(documents);
  const printsOf = new Map<string, MergedPrinted[]>();
  for (const p of printed) {
    if (!p.itemKey || p.record.language !== 'en' || !p.record.answers?.length) continue;
    const list = printsOf.get(p.itemKey);
    if (list) list.push(p);
    else printsOf.set(p.itemKey, [p]);
  }
  const bySubject = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    if (c.field !== 'label.en') continue;
    const list = bySubject.get(c.subject);
    if (list) list.push(c);
    else bySubject.set(c.subject, [c]);
  }
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
    const subject = `${o.questionKey.slice(2)} → ${o.answerKey.slice(2)}`;
    for (const c of bySubject.get(subject) ?? []) {
      if (looseText(c.other) === answer) dropped.add(c);
      else Object.assign(c, { chosen: bare.value, chosenSource: bare.prov });
    }
    if (composite) conflicts.push({ subject, field: 'label.en', chosen: bare.value, chosenSource: bare.prov, other: label, otherSource: composite.prov });
  }
  if (dropped.size) conflicts.splice(0, conflicts.length, ...conflicts.filter((c) => !dropped.has(c)));
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

/** Lines a question's wording may skip (a page's running header and number between its two halves). */
const SKIPPABLE = 3;

/**
 * Where a question's wording printed from line `i` on ends (the index after its last line), or -1:
 * a shorter question's first line starts many ("Are you currently prescribed medications and/or
 * receiving treatment"), so the whole wording is followed, over a page break.
 */
function questionEnd(lines: { loose: string }[], i: number, question: string): number {
  let need = question;
  let skipped = 0;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j]!.loose;
    if (l && need.startsWith(l)) need = need.slice(l.length);
    // Its last line may carry a footnote number after it.
    else if (l && j > i && l.startsWith(need)) need = '';
    else if (j === i || ++skipped > SKIPPABLE) return -1;
    if (!need) return j + 1;
  }
  return -1;
}

/** Pages searched after a question's for its answers (PFHH prints each answer's follow-ups under it). */
const PAGES_AFTER = 60;

/**
 * The page each answer of a print is printed on: its answers in order, each the first line (or two
 * lines) after the previous one's, from the question's first line on, worded as it (loosely).
 */
function answerPages(documents: MergedDocument[]): (p: MergedPrinted) => Map<string, number> {
  const textsOf = new Map<string, string[]>();
  for (const d of documents) for (const f of d.files) textsOf.set(f.source, d.pageTexts);
  const cache = new Map<MergedPrinted, Map<string, number>>();
  return (p) => {
    let pages = cache.get(p);
    if (pages) return pages;
    pages = new Map();
    cache.set(p, pages);
    const texts = textsOf.get(p.record.prov.source) ?? [];
    const from = p.record.page ?? 0;
    if (from < 1) return pages;
    const lines: { page: number; loose: string }[] = [];
    for (let page = from; page <= Math.min(texts.length, from + PAGES_AFTER); page++) {
      for (const l of texts[page - 1]!.split('\n')) lines.push({ page, loose: looseText(l) });
    }
    // From the question's first line: an answer list ending above it on the same page is another question's.
    const question = looseText(p.record.text);
    let at = -1;
    for (let i = 0; i < lines.length && lines[i]!.page === from && at < 0; i++) at = questionEnd(lines, i, question);
    if (at < 0) return pages;
    for (const a of p.record.answers ?? []) {
      const want = looseText(a);
      for (let i = at; i < lines.length; i++) {
        if (lines[i]!.loose !== want && lines[i]!.loose + (lines[i + 1]?.loose ?? '') !== want) continue;
        if (!pages.has(want)) pages.set(want, lines[i]!.page);
        at = i + 1;
        break;
      }
    }
    return pages;
  };
}

/** The best-ranked other source's label of this option that is the composite's answer (facts come ranked). */
function otherSourcesLabel(answer: string, facts: Fact[]): { value: string; prov: Provenance } | null {
  const f = facts.find((x) => x.field === 'option.label.en' && !x.chosen && looseText(x.value) === answer);
  return f ? { value: f.value, prov: f.prov } : null;
}
