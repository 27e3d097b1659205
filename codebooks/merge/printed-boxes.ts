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
import { words } from './text-match';
import { push } from './group';

/** Field types of a question answered in a printed blank (a number, text or date). */
export const ENTRY_TYPES = new Set(['decimal', 'integer', 'text', 'date']);

/** What a box's wording says besides its blank and its bracketed range: "_____ [range: 1-99]". */
const bare = (s: string) => s.replace(/\[[^\]]*\]/g, ' ').replace(/_+/g, ' ');

export function tieEntryBoxes(printed: MergedPrinted[], items: Map<string, MergedItem>, branching: MergedBranch[]): number {
  const children = new Map<string, Set<string>>();
  for (const b of branching) if (b.parentKey) children.set(b.parentKey, (children.get(b.parentKey) ?? new Set()).add(b.childKey));
  const bySource = new Map<string, MergedPrinted[]>();
  for (const p of printed) push(bySource, p.record.prov.source, p);
  let tied = 0;
  for (const prints of bySource.values()) {
    prints.sort((a, b) => a.record.sequence - b.record.sequence);
    prints.forEach((box, i) => {
      const above = prints[i - 1];
      if (box.record.language !== 'en' || box.itemKey || !above?.itemKey || !/:\s*$/.test(box.record.text)) return;
      const label = box.record.text;
      const answered = !!box.record.answers?.length;
      const own = [...(children.get(above.itemKey) ?? [])].filter((k) => {
        const child = items.get(k);
        const wording = child?.text[box.record.language];
        if (answered || !child || !wording || !ENTRY_TYPES.has(child.fieldType ?? '')) return false;
        return contained(label, bare(wording)) === 1 || contained(bare(wording), label) === 1;
      });
      const key = own.length === 1 ? own[0]! : namedEntry(box, above.itemKey, prints, items);
      if (!key) return;
      [box.itemKey, box.score, box.method] = [key, null, 'entry-box'];
      tied++;
    });
  }
  return tied;
}

/** A series' code part ("DelayedMedicalCare") shorter than this names nothing ("cu", "dmfs"). */
const MIN_SERIES = 8;

/** What a printed free-text box says it is: "(display free text)". */
const FREE_TEXT = /^\(?(?:display )?free text\)?$/i;

/**
 * A box with no branching to tie it ("If other, please specify:" / "(display free text)", HCAU
 * English p.11, under the last delayed-care reason): the one entry item of the module whose code
 * names the series printed above (OtherDelayedMedicalCare_FreeText after DelayedMedicalCare_…),
 * worded with words the box prints ("please specify"), and tied to no other print of the document.
 */
function namedEntry(box: MergedPrinted, aboveKey: string, prints: MergedPrinted[], items: Map<string, MergedItem>): string | null {
  if (!(box.record.answers ?? []).every((a) => FREE_TEXT.test(a.trim()))) return null;
  const series = items.get(aboveKey)?.code?.split('_')[0]?.toLowerCase() ?? '';
  if (series.length < MIN_SERIES) return null;
  const printed = new Set(words(box.record.text));
  const hits = [...items.values()].filter((item) => {
    const wording = item.text.en;
    if (item.kind !== 'question' || item.module !== box.module || item.fieldType !== 'text' || !wording || item.key === aboveKey) return false;
    if (!item.code?.toLowerCase().includes(series) || prints.some((p) => p.itemKey === item.key)) return false;
    const own = words(bare(wording));
    return own.length >= 2 && own.every((w) => printed.has(w));
  });
  return hits.length === 1 ? hits[0]!.key : null;
}
