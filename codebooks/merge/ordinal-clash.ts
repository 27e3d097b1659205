// Two wordings alike but for their ordinal ("Since receiving your first COVID-19 vaccine…" and the
// codebook's "Since receiving your second COVID-19 vaccine…", COPE Summer and Fall 2021 p.1) are
// two questions, one per dose: a close match that names another ordinal is no tie.
import { words } from './text-match';

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|primera?|segund[ao]|tercera?|cuart[ao]|quint[ao]|sext[ao]|septim[ao]|octav[ao]|noven[ao]|decim[ao]|\d+(?:ra|da|ta|va|na|ma|a|o))$/;

const ordinals = (s: string) => new Set(words(s).filter((w) => ORDINAL.test(w)));

/** Both wordings name an ordinal, and not the same ones. */
export function ordinalClash(a: string, b: string): boolean {
  const x = ordinals(a);
  const y = ordinals(b);
  if (x.size === 0 || y.size === 0) return false;
  return x.size !== y.size || [...x].some((w) => !y.has(w));
}
