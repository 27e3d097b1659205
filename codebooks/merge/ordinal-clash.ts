// Two wordings alike but for their ordinal ("Since receiving your first COVID-19 vaccine…" and the
// codebook's "Since receiving your second COVID-19 vaccine…", COPE Summer and Fall 2021 p.1) are
// two questions, one per dose: a close match that names another ordinal is no tie. Ordinals are
// compared as numbers ("2nd" is "second", "primer" is "primera").
import { words } from './text-match';

const NAMED: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  primer: 1, primera: 1, primero: 1, segunda: 2, segundo: 2, tercer: 3, tercera: 3, tercero: 3, cuarta: 4, cuarto: 4,
  quinta: 5, quinto: 5, sexta: 6, sexto: 6, septima: 7, septimo: 7, octava: 8, octavo: 8, novena: 9, noveno: 9, decima: 10, decimo: 10,
};
const NUMBERED = /^(\d+)(?:st|nd|rd|th|ra|da|ta|va|na|ma|a|o)$/;

/** The ordinals a wording names, as numbers ("1st-dose" is read as words "1st" and "dose"). */
function ordinals(s: string): Set<number> {
  const out = new Set<number>();
  for (const w of words(s.replace(/(\d)(st|nd|rd|th)-/gi, '$1$2 '))) {
    const n = NAMED[w] ?? (NUMBERED.test(w) ? Number(NUMBERED.exec(w)![1]) : undefined);
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** Both wordings name an ordinal, and not the same ones. */
export function ordinalClash(a: string, b: string): boolean {
  const x = ordinals(a);
  const y = ordinals(b);
  if (x.size === 0 || y.size === 0) return false;
  return x.size !== y.size || [...x].some((n) => !y.has(n));
}
