// A follow-up's wording joined to its parent's is not its wording. The Data Browser gives COPE's
// mask follow-ups as the activity question's wording followed by their own ("Thinking about your
// current social habits, in the last 5 days: I have gone on shopping trips … How often did you wear
// a face mask or face covering?"); the PDFs print only the follow-up's own words under each
// activity. Where the chosen English is another question's wording of the survey followed by a
// wording another source gives this question, and the survey's English PDF prints that wording,
// it is the question's. The joined wording stays a fact, recorded as a disagreement.
import { looseText, type Conflict } from './conflicts';
import type { MergedItem } from './items';
import { takeWording, type PrintedQuestions } from './question-wordings';

export function unjoinParentWording(items: Map<string, MergedItem>, questions: PrintedQuestions, conflicts: Conflict[]): string[] {
  // Each survey's question wordings (loose), to recognise the parent's in front.
  const wordingsOf = new Map<string, Set<string>>();
  for (const i of items.values()) {
    if (i.kind !== 'question' || !i.text.en) continue;
    for (const slug of i.modules.keys()) wordingsOf.set(slug, (wordingsOf.get(slug) ?? new Set()).add(looseText(i.text.en)));
  }
  const changed: string[] = [];
  for (const { item, wordings, current, printed } of questions()) {
    const joined = current.value.trim();
    const own = wordings.find((f) => {
      const tail = f.value.trim();
      if (tail.length >= joined.length || !joined.endsWith(tail)) return false;
      const head = looseText(joined.slice(0, joined.length - tail.length));
      return head !== '' && !!wordingsOf.get(item.module)?.has(head) && printed(f);
    });
    if (!own) continue;
    takeWording(item, own, wordings, conflicts);
    changed.push(item.key.slice(2));
  }
  return changed;
}
