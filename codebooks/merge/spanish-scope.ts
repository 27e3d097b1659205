// A question's Spanish covers what its English covers. The payloads word COPE's and The Basics'
// questions with the lead-in before them ("Next, we ask you questions about your physical activity
// …" then "During the last 7 days, did you do vigorous physical activities…?", ipaq_1) or a note
// after ("Note: Active duty does not include…"), in English and in Spanish alike; where the chosen
// English is only the question (the Data Browser's), the payload's Spanish is cut to the same
// lines. Only where that source's English and Spanish have as many paragraphs (or lines) and the
// chosen English is a run of the English ones, word for word (punctuation aside): the Spanish run
// at the same place is the question's. The whole Spanish stays a fact, not chosen, and a conflict.
import { looseText, type Conflict } from './conflicts';
import type { Fact } from './choose';
import type { MergedItem } from './items';

/** A text's paragraphs (blank-line separated), and its lines. */
function unitsOf(text: string): string[][] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return [paragraphs, lines];
}

/** Where `wording` is units [from, to] of `units` (and not all of them), or null. */
export function runOf(units: string[], wording: string): [number, number] | null {
  const want = looseText(wording);
  for (let from = 0; from < units.length; from++) {
    let joined = '';
    for (let to = from; to < units.length; to++) {
      joined += looseText(units[to]!);
      if (joined === want) return from === 0 && to === units.length - 1 ? null : [from, to];
      if (!want.startsWith(joined)) break;
    }
  }
  return null;
}

/** The Spanish cut to the English's run, and where (`paragraphs 3-3 of 3`); null where the texts do not tell. */
export function scopedSpanish(sourceEn: string, sourceEs: string, chosenEn: string): { text: string; at: string } | null {
  const [enUnits, esUnits] = [unitsOf(sourceEn), unitsOf(sourceEs)];
  for (const [k, kind] of [[0, 'paragraphs'], [1, 'lines']] as const) {
    const [en, es] = [enUnits[k]!, esUnits[k]!];
    if (en.length < 2 || en.length !== es.length) continue;
    const run = runOf(en, chosenEn);
    if (run) return { text: es.slice(run[0], run[1] + 1).join(kind === 'paragraphs' ? '\n\n' : '\n'), at: `${kind} ${run[0] + 1}-${run[1] + 1} of ${en.length}` };
  }
  return null;
}

/** Cuts each question's chosen Spanish to its English's scope, the whole recorded as a disagreement; returns the codes changed. */
export function scopeSpanishToEnglish(items: Map<string, MergedItem>, conflicts: Conflict[]): string[] {
  const changed: string[] = [];
  for (const item of items.values()) {
    if (item.kind !== 'question' || !item.text.en || !item.text.es) continue;
    const es = item.facts.find((f) => f.field === 'text.es' && f.chosen && f.value === item.text.es);
    if (!es) continue;
    const en = item.facts.find((f) => f.field === 'text.en' && f.prov.source === es.prov.source && f.prov.at === es.prov.at && f.value !== item.text.en);
    const cut = en ? scopedSpanish(en.value, es.value, item.text.en) : null;
    if (!cut) continue;
    es.chosen = false;
    const fact: Fact = { field: 'text.es', value: cut.text, prov: { source: es.prov.source, at: `${es.prov.at ?? ''} (${cut.at})`.trim() }, chosen: true };
    item.facts.push(fact);
    item.text.es = cut.text;
    changed.push(item.key.slice(2));
    conflicts.push({ subject: item.key.slice(2), field: 'text.es', chosen: cut.text, chosenSource: fact.prov, other: es.value, otherSource: es.prov });
  }
  return changed;
}
