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

export function looseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
