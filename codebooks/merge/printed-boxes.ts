// Entry boxes printed as their own line under the answer that opens them ("▪ Enter response /
// Branching Logic: when “Enter response” selected, then: / Number of cigarettes per day:",
// Lifestyle.pdf p.2). Two boxes may share a wording (the current and the average number of
// cigarettes): the wording names neither, but the question printed right above does. A box label
// (no answers, ending in ":") right after a print tied to a question is that question's one entry
// follow-up (branching) whose wording holds the label's words, or whose words the label holds.
// English prints only: a Spanish print is tied by its English print's alignment (spanish-from-pdf.ts).
import type { MergedBranch } from './branching';
import type { MergedItem } from './items';
import type { MergedPrinted } from './provenance-sources';
import { contained } from './spanish-rows';

const ENTRY_TYPES = new Set(['decimal', 'integer', 'text', 'date']);

/** What a box's wording says besides its blank and its bracketed range: "_____ [range: 1-99]". */
const bare = (s: string) => s.replace(/\[[^\]]*\]/g, ' ').replace(/_+/g, ' ');

export function tieEntryBoxes(printed: MergedPrinted[], items: Map<string, MergedItem>, branching: MergedBranch[]): number {
  const children = new Map<string, Set<string>>();
  for (const b of branching) if (b.parentKey) children.set(b.parentKey, (children.get(b.parentKey) ?? new Set()).add(b.childKey));
  const bySource = new Map<string, MergedPrinted[]>();
  for (const p of printed) bySource.set(p.record.prov.source, [...(bySource.get(p.record.prov.source) ?? []), p]);
  let tied = 0;
  for (const prints of bySource.values()) {
    prints.sort((a, b) => a.record.sequence - b.record.sequence);
    prints.forEach((box, i) => {
      const above = prints[i - 1];
      if (box.record.language !== 'en' || box.itemKey || !above?.itemKey || box.record.answers?.length || !/:\s*$/.test(box.record.text)) return;
      const label = box.record.text;
      const own = [...(children.get(above.itemKey) ?? [])].filter((k) => {
        const child = items.get(k);
        const wording = child?.text[box.record.language];
        if (!child || !wording || !ENTRY_TYPES.has(child.fieldType ?? '')) return false;
        return contained(label, bare(wording)) === 1 || contained(bare(wording), label) === 1;
      });
      if (own.length !== 1) return;
      [box.itemKey, box.score, box.method] = [own[0]!, null, 'entry-box'];
      tied++;
    });
  }
  return tied;
}
