// A follow-up's wording joined to its parent's is not its wording. The Data Browser gives COPE's
// mask follow-ups as the activity question's wording followed by their own ("Thinking about your
// current social habits, in the last 5 days: I have gone on shopping trips … How often did you wear
// a face mask or face covering?"); the PDFs print only the follow-up's own words under each
// activity. Where the chosen English is another question's wording of the survey followed by a
// wording another source gives this question, and the survey's English PDF prints that wording,
// it is the question's. The joined wording stays a fact, recorded as a disagreement.
import type { DocumentRecord } from '../model/records';
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import type { ModuleResolver } from './modules';
import { foldText } from './page-match';
import { MIN_WORDS, printedTexts, rewriteConflicts } from './printed-wording';

export function unjoinParentWording(items: Map<string, MergedItem>, documents: DocumentRecord[], resolver: ModuleResolver, conflicts: Conflict[]): string[] {
  const texts = printedTexts(documents, resolver);
  // Each survey's question wordings (loose), to recognise the parent's in front.
  const wordingsOf = new Map<string, Set<string>>();
  for (const i of items.values()) {
    if (i.kind !== 'question' || !i.text.en) continue;
    for (const slug of i.modules.keys()) wordingsOf.set(slug, (wordingsOf.get(slug) ?? new Set()).add(looseText(i.text.en)));
  }
  const changed: string[] = [];
  for (const item of items.values()) {
    if (item.kind !== 'question' || !item.text.en || !item.module) continue;
    const docs = texts.get(item.module) ?? [];
    const wordings = item.facts.filter((f) => f.field === 'text.en');
    const current = wordings.find((f) => f.chosen);
    if (!docs.length || !current) continue;
    const joined = current.value.trim();
    const own = wordings.find((f) => {
      const tail = f.value.trim();
      if (tail.length >= joined.length || !joined.endsWith(tail)) return false;
      const head = looseText(joined.slice(0, joined.length - tail.length));
      const folded = foldText(tail);
      return head !== '' && !!wordingsOf.get(item.module!)?.has(head) && folded.split(' ').length >= MIN_WORDS && docs.some((t) => t.includes(` ${folded} `));
    });
    if (!own) continue;
    for (const f of wordings) f.chosen = f === own;
    item.text.en = own.value;
    rewriteConflicts(item.key.slice(2), own, wordings, conflicts);
    changed.push(item.key.slice(2));
  }
  return changed;
}
