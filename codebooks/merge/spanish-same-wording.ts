// A question without Spanish takes the Spanish of the one other question of its survey worded the
// same in English: a translation of those words is a translation of its words. Often it is the
// same question under two codes (The Basics prints "Do you have serious
// difficulty walking or climbing stairs?" once, linked to LOINC 69859-7, while the payload's
// Disability_WalkingClimbing carries another question's Spanish, which the guard refuses). The
// fact keeps the Spanish's own file and place, with "same English wording as <code>". As for
// sources (same-wording-sources.ts), only a wording exactly two questions of the survey share:
// a wording repeated more often (a date asked after each of several answers) is several questions,
// and short wordings ("Please specify") are too generic to call the same question; but the repeats
// of a loop, coded alike but for their number, are the loop's question asked again.
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import { questionsByWording } from './same-wording-sources';
import { push } from './group';

export function spanishOfSameWording(items: Map<string, MergedItem>, options: MergedOption[]): { filled: string[]; labels: number } {
  const byWording = questionsByWording(items);
  const filled: string[] = [];
  const optionsOf = new Map<string, MergedOption[]>();
  for (const o of options) push(optionsOf, o.questionKey, o);
  let labels = 0;
  const fill = (from: MergedItem, to: MergedItem, why = ''): boolean => {
    const fact = from.facts.find((f) => f.field === 'text.es' && f.chosen && f.value === from.text.es);
    if (!fact || !from.text.es) return false;
    to.text.es = from.text.es;
    const at = `${fact.prov.at ?? ''}; same English wording as ${from.code ?? from.key}${why}`.replace(/^; /, '');
    to.facts.push({ field: 'text.es', value: from.text.es, prov: { ...fact.prov, at }, chosen: true });
    filled.push(to.key);
    return true;
  };
  for (const same of byWording.values()) {
    if (same.length < 2) continue;
    if (same.length > 2) {
      for (const [to, from] of loopRepeats(same)) {
        if (fill(from, to, ', a repeat of its loop')) labels += answerLabels(optionsOf.get(from.key) ?? [], optionsOf.get(to.key) ?? [], from.code ?? from.key);
      }
      continue;
    }
    const [from, to] = same[0]!.text.es ? [same[0]!, same[1]!] : [same[1]!, same[0]!];
    if (from.text.es && !to.text.es) fill(from, to);
  }
  return { filled, labels };
}

/** A repeat's answers without Spanish take the Spanish label of the same answer of the loop's question. */
function answerLabels(from: MergedOption[], to: MergedOption[], fromCode: string): number {
  let n = 0;
  for (const o of to) {
    if (o.label.es || !o.label.en) continue;
    const same = from.find((f) => f.answerKey === o.answerKey && f.label.en === o.label.en && f.label.es);
    const fact = same?.facts.find((f) => f.field === 'option.text.es' && f.chosen && f.value === same.label.es);
    if (!same || !fact) continue;
    o.label.es = same.label.es;
    o.facts.push({ ...fact, prov: { ...fact.prov, at: `${fact.prov.at ?? ''}; same answer of ${fromCode}, a repeat of its loop`.replace(/^; /, '') } });
    n++;
  }
  return n;
}

/** A loop's repeats: questions worded alike and coded alike but for one number (COPE's
 *  cdc_covid_xx_type_dose4 … dose17; the PDFs print the loop once, "This loop can repeat up to 14
 *  more times"). Each without Spanish, with the one of highest number below its own that has it. */
function loopRepeats(same: MergedItem[]): [MergedItem, MergedItem][] {
  const numbered = same.map((i) => ({ i, m: /^(.*?)(\d+)(\D*)$/.exec(i.code ?? '') }));
  if (numbered.some((n) => !n.m)) return [];
  const pattern = (n: (typeof numbered)[number]) => `${n.m![1]}#${n.m![3]}`;
  if (new Set(numbered.map(pattern)).size !== 1) return [];
  const series = numbered.map((n) => ({ i: n.i, n: Number(n.m![2]) })).sort((a, b) => a.n - b.n);
  const out: [MergedItem, MergedItem][] = [];
  for (const to of series) {
    if (to.i.text.es) continue;
    const from = series.filter((x) => x.n < to.n && x.i.text.es).pop();
    if (from) out.push([to.i, from.i]);
  }
  return out;
}
