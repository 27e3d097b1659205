// A question without Spanish takes the Spanish of the one other question of its survey worded the
// same in English: a translation of those words is a translation of its words. Often it is the
// same question under two codes (The Basics prints "Do you have serious
// difficulty walking or climbing stairs?" once, linked to LOINC 69859-7, while the payload's
// Disability_WalkingClimbing carries another question's Spanish, which the guard refuses). The
// fact keeps the Spanish's own file and place, with "same English wording as <code>". As for
// sources (same-wording-sources.ts), only a wording exactly two questions of the survey share:
// a wording repeated more often (a date asked after each of several answers) is several questions,
// and short wordings ("Please specify") are too generic to call the same question.
import type { MergedItem } from './items';
import { questionsByWording } from './same-wording-sources';

export function spanishOfSameWording(items: Map<string, MergedItem>): string[] {
  const byWording = questionsByWording(items);
  const filled: string[] = [];
  for (const same of byWording.values()) {
    if (same.length !== 2) continue;
    const [from, to] = same[0]!.text.es ? [same[0]!, same[1]!] : [same[1]!, same[0]!];
    if (!from.text.es || to.text.es) continue;
    const fact = from.facts.find((f) => f.field === 'text.es' && f.chosen && f.value === from.text.es);
    if (!fact) continue;
    to.text.es = from.text.es;
    const at = `${fact.prov.at ?? ''}; same English wording as ${from.code ?? from.key}`.replace(/^; /, '');
    to.facts.push({ field: 'text.es', value: from.text.es, prov: { ...fact.prov, at }, chosen: true });
    filled.push(to.key);
  }
  return filled;
}
