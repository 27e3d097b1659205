import type { Provenance } from '../model/records';

/** Two sources said different things about one subject; the chosen value and the other one. */
export interface Conflict {
  /** What the disagreement is about: a code, a concept id, a module slug. */
  subject: string;
  field: string;
  chosen: string | null;
  chosenSource: Provenance | null;
  other: string;
  otherSource: Provenance;
}

const looseOf = new Map<string, string>();

export function looseText(s: string): string {
  let l = looseOf.get(s);
  if (l === undefined) {
    l = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    looseOf.set(s, l);
  }
  return l;
}
