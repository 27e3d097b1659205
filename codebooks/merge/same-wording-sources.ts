// An older code of a question that no instrument prints (CantAffordCare_AbleToPayMedicalBills, in
// the 2019 codebook only) takes the sources of the one question of its survey that a published PDF
// prints in the same words (CantAffordCare_WorriedAboutPaying, footnote 1 of
// Health_Care_Access_Utilization.pdf): the same question under another code. Each link keeps the
// PDF and page, with "same wording as <code>". Only an item with no concept ID (a code the current
// survey no longer uses) whose wording exactly one other item of its survey shares: repeated
// wordings (a date asked after each of several answers) are different questions. Wording that
// differs at all (an added "Select all that apply") or a question of another survey gives nothing.
import type { MergedItem } from './items';
import type { MergedPrinted, SourceLink } from './provenance-sources';
import { words } from './text-match';

const MIN_WORDS = 4;
const loose = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Questions of each survey grouped by their English wording (letter case and punctuation aside), four words at least. */
export function questionsByWording(items: Map<string, MergedItem>): Map<string, MergedItem[]> {
  const byWording = new Map<string, MergedItem[]>();
  for (const i of items.values()) {
    if (i.kind !== 'question' || !i.text.en || words(i.text.en).length < MIN_WORDS) continue;
    const k = `${i.module}|${loose(i.text.en)}`;
    byWording.set(k, [...(byWording.get(k) ?? []), i]);
  }
  return byWording;
}

export function sameWordingSources(links: SourceLink[], printed: MergedPrinted[], items: Map<string, MergedItem>): { links: SourceLink[]; keys: Set<string> } {
  const linked = new Map<string, SourceLink[]>();
  for (const l of links) if (l.instrumentKey && l.source.startsWith('pdf:')) linked.set(l.itemKey, [...(linked.get(l.itemKey) ?? []), l]);
  const anyLink = new Set(links.filter((l) => l.instrumentKey).map((l) => l.itemKey));
  const isPrinted = new Set(printed.map((p) => p.itemKey).filter((k): k is string => !!k));
  const byWording = questionsByWording(items);
  const out: SourceLink[] = [];
  const keys = new Set<string>();
  for (const same of byWording.values()) {
    const sourced = same.filter((i) => linked.has(i.key));
    if (same.length !== 2 || sourced.length !== 1) continue;
    const from = sourced[0]!;
    for (const i of same) {
      // A concept ID it shares with the printed one (Disability_Deaf and its LOINC-coded twin 69856-3) is no obstacle.
      if (i === from || (i.conceptId != null && i.conceptId !== from.conceptId) || anyLink.has(i.key) || isPrinted.has(i.key)) continue;
      keys.add(i.key);
      for (const l of linked.get(from.key)!) out.push({ ...l, itemKey: i.key, at: `${l.at ?? ''}; same wording as ${from.code ?? from.key}`.replace(/^; /, '') });
    }
  }
  return { links: out, keys };
}
