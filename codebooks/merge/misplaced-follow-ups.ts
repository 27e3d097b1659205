// A follow-up printed under one question with the wording of another question's follow-up is the
// follow-up the sources put under the question it is printed under. COPE Winter 2021 and New Year
// 2022 (English p.5) print, under "When a second COVID-19 vaccine is available to you…", the
// wording of the additional-dose follow-up ("…less likely to get an additional dose?") with the
// second-dose list of answers; the same PDF prints that wording again, under the additional-dose
// question (p.8). Tied by its wording, the p.5 print gave the additional-dose item a second print,
// the release's text and, through its Spanish print, the second-dose question's Spanish wording.
//
// Only where everything agrees: the wording's item is printed again in the same PDF under its own
// parent; the print's branching statement quotes an answer of the print just above; the sources'
// branching rules give that question exactly one follow-up worded alike, and the PDF prints it
// nowhere else. Each retie is a recorded conflict (the print's wording against its place).
import type { Conflict } from './conflicts';
import type { MergedBranch } from './branching';
import type { MergedItem } from './items';
import type { MergedPrinted } from './provenance-sources';
import { similarity, words } from './text-match';

export const MISPLACED_FIELD = 'printed.followUp';
/** The link method of a print tied by its place. */
export const FOLLOW_UP_PLACE = 'follow-up-place';
/** A sibling follow-up this close to the printed wording is the same question reworded. */
const ALIKE = 0.6;

const fold = (s: string) => words(s).join(' ');

export function retieMisplacedFollowUps(printed: MergedPrinted[], items: Map<string, MergedItem>, branching: MergedBranch[], labels: Map<string, string[]> = new Map()): Conflict[] {
  const rules = branching.filter((b) => b.parentKey && !b.source.startsWith('pdf:'));
  const bySource = new Map<string, MergedPrinted[]>();
  for (const p of printed) if (p.record.language === 'en') bySource.set(p.record.prov.source, [...(bySource.get(p.record.prov.source) ?? []), p]);
  const conflicts: Conflict[] = [];
  for (const prints of bySource.values()) {
    prints.sort((a, b) => a.record.sequence - b.record.sequence);
    // Decided on the ties as they stand, then applied: one retie does not make another.
    const moves: { p: MergedPrinted; to: string; rule: MergedBranch }[] = [];
    prints.forEach((p, i) => {
      const x = p.itemKey ? items.get(p.itemKey) : undefined;
      const above = linkedAbove(prints, i);
      if (!x?.parentKey || !above?.itemKey || above.itemKey === x.parentKey) return;
      const own = prints.some((q, j) => j !== i && q.itemKey === x.key && linkedAbove(prints, j)?.itemKey === x.parentKey);
      if (!own || !quotesAnswerOf(p, above, labels.get(above.itemKey) ?? [])) return;
      const alike = rules.filter((r) => r.parentKey === above.itemKey && r.childKey !== x.key && isAlike(p, items.get(r.childKey)));
      const keys = new Set(alike.map((r) => r.childKey));
      if (keys.size !== 1) return;
      const to = [...keys][0]!;
      if (prints.some((q) => q.itemKey === to)) return;
      moves.push({ p, to, rule: alike[0]! });
    });
    for (const { p, to, rule } of moves) {
      const [from, y] = [items.get(p.itemKey!)!, items.get(to)!];
      [p.itemKey, p.score, p.method] = [to, similarity(p.record.text, y.text.en ?? ''), FOLLOW_UP_PLACE];
      conflicts.push({
        subject: y.code ?? y.key,
        field: MISPLACED_FIELD,
        chosen: y.code ?? y.key,
        chosenSource: { source: rule.source, at: rule.at ?? undefined },
        other: from.code ?? from.key,
        otherSource: { source: p.record.prov.source, at: p.record.prov.at },
      });
    }
  }
  return conflicts;
}

/** The nearest print above that is tied to an item. */
function linkedAbove(prints: MergedPrinted[], i: number): MergedPrinted | null {
  for (let j = i - 1; j >= 0; j--) if (prints[j]!.itemKey) return prints[j]!;
  return null;
}

/** The print's statement quotes an answer of `above` ("when “Likely,” … selected"): printed under it, or its item's (`labels`, folded). */
function quotesAnswerOf(p: MergedPrinted, above: MergedPrinted, labels: string[]): boolean {
  const answers = new Set([...(above.record.answers ?? []).map(fold), ...labels]);
  const quoted = [...(p.record.branchingProse ?? '').matchAll(/“([^”]+)”/g)].map((m) => fold(m[1]!));
  return quoted.some((q) => answers.has(q));
}

function isAlike(p: MergedPrinted, item: MergedItem | undefined): boolean {
  return item?.kind === 'question' && !!item.text.en && similarity(p.record.text, item.text.en) >= ALIKE;
}
