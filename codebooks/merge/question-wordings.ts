// What the three rules on a question's English wording share (printed-wording.ts, field-prompts.ts,
// joined-parent-wording.ts): each question with a chosen wording and English PDFs of its own survey,
// whether a wording is printed there, and taking another wording with the disagreements recorded
// again. The survey's page texts are folded once for all three.
import type { DocumentRecord } from '../model/records';
import type { Fact } from './choose';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import type { ModuleResolver } from './modules';
import { foldText } from './page-match';

/** A wording shorter than this (in words) is printed everywhere and tells nothing. */
export const MIN_WORDS = 3;

/** Each survey's English PDFs, folded into one padded text per document (a page break is a space). */
function printedTexts(documents: DocumentRecord[], resolver: ModuleResolver): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of documents) {
    const slug = resolver.slug(d.module);
    if (!slug || d.language !== 'en' || !d.pageTexts?.length) continue;
    out.set(slug, [...(out.get(slug) ?? []), ` ${d.pageTexts.map(foldText).join(' ')} `]);
  }
  return out;
}

export interface QuestionWordings {
  item: MergedItem & { module: string };
  wordings: Fact[];
  current: Fact;
  /** Printed in one of the survey's English PDFs, as at least MIN_WORDS words. */
  printed: (f: Fact) => boolean;
}

export type PrintedQuestions = () => Generator<QuestionWordings>;

/** The questions whose survey has English PDFs (an older survey's wording is not theirs), with their wordings. */
export function questionsWithPrints(items: Map<string, MergedItem>, documents: DocumentRecord[], resolver: ModuleResolver): PrintedQuestions {
  const texts = printedTexts(documents, resolver);
  return function* () {
    for (const item of items.values()) {
      if (item.kind !== 'question' || !item.text.en || !item.module) continue;
      const docs = texts.get(item.module) ?? [];
      const wordings = item.facts.filter((f) => f.field === 'text.en');
      const current = wordings.find((f) => f.chosen);
      if (!docs.length || !current) continue;
      const printed = (f: Fact) => {
        const folded = foldText(f.value);
        return folded.split(' ').length >= MIN_WORDS && docs.some((t) => t.includes(` ${folded} `));
      };
      yield { item: item as MergedItem & { module: string }, wordings, current, printed };
    }
  };
}

/** Makes `best` the question's English; the other wordings' disagreements are recorded against it. */
export function takeWording(item: MergedItem, best: Fact, wordings: Fact[], conflicts: Conflict[]): void {
  for (const f of wordings) f.chosen = f.value === best.value && f.prov === best.prov;
  item.text.en = best.value;
  rewriteConflicts(item.key.slice(2), best, wordings, conflicts);
}

/** The disagreements choose() recorded against the old wording, recorded again against the new one. */
function rewriteConflicts(subject: string, best: Fact, wordings: Fact[], conflicts: Conflict[]): void {
  for (let i = conflicts.length - 1; i >= 0; i--) {
    if (conflicts[i]!.subject === subject && conflicts[i]!.field === 'text.en') conflicts.splice(i, 1);
  }
  const told = new Set([looseText(best.value)]);
  for (const f of wordings) {
    if (told.has(looseText(f.value))) continue;
    told.add(looseText(f.value));
    conflicts.push({ subject, field: 'text.en', chosen: best.value, chosenSource: best.prov, other: f.value, otherSource: f.prov });
  }
}
