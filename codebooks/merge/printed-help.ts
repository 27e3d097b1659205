// Help text the instruments print under a question ("(Help Text: On edge: Feeling tense or
// uneasy)", EHHWB and BHP). English from the English print tied to the item; Spanish only from a
// Spanish print tied to an item whose English print has help too, so a shifted alignment cannot
// give an item its neighbour's help. The first print wins; other prints stay as facts.
import type { Fact } from './choose';
import type { MergedItem } from './items';
import type { MergedPrinted } from './provenance-sources';

export function helpFromPdfs(printed: MergedPrinted[], items: Map<string, MergedItem>): number {
  const helpedInEnglish = new Set(printed.filter((p) => p.itemKey && p.record.language === 'en' && p.record.helpText).map((p) => p.itemKey!));
  let given = 0;
  for (const p of printed) {
    const help = p.record.helpText;
    const item = p.itemKey ? items.get(p.itemKey) : undefined;
    if (!help || !item || (p.record.language === 'es' && !helpedInEnglish.has(item.key))) continue;
    const lang = p.record.language;
    const chosen = item.help[lang] == null;
    if (chosen) {
      item.help[lang] = help;
      given++;
    }
    const fact: Fact = { field: `help.${lang}`, value: help, prov: { source: p.record.prov.source, at: p.record.page != null ? `page ${p.record.page}` : undefined }, chosen };
    item.facts.push(fact);
  }
  return given;
}
