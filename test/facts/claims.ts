// What a raw file says about one item, in a form the checker can compare with the database.
// A reader only emits the facts it reads; a fact no reader states is not compared.

/** How a claim names an item: by its PPI code (any letter case) or its PPI concept ID. */
export type Key = { code: string } | { conceptId: number };

/** Where the raw file says it: the manifest id (the database's source label) and a row, page or path. */
export interface At {
  source: string;
  at: string;
}

export type Claim = At &
  (
    | { fact: 'conceptId'; item: Key & { code: string }; conceptId: number }
    | { fact: 'code'; item: Key & { conceptId: number }; code: string }
    | { fact: 'module'; item: Key; module: { conceptId: number } | { code: string } }
    | { fact: 'text.en' | 'text.es'; item: Key; text: string }
    | { fact: 'option'; item: Key; answer: Key; label?: { en?: string; es?: string } }
    | { fact: 'optionStandard'; item: Key; label: string; standardConceptId: number }
    | { fact: 'branching'; item: Key; parent: Key; answer: Key; shown: 'shown' | 'hidden' }
    | { fact: 'citation'; number: number; year: string | null; url: string | null }
  );

export type Fact = Claim['fact'];

export function keyText(k: Key): string {
  return 'code' in k ? k.code : String(k.conceptId);
}

/** Whitespace collapsed: the build trims and joins lines, and nothing more may differ. */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Wording as the build compares it across sources: letter case, punctuation, typographic quotes
 * and dashes, blanks (`___`) and spacing do not make two wordings different; letters, accents
 * and digits do.
 */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    folded.set(s, f);
  }
  return f;
}
const folded = new Map<string, string>();

/** A source's text that is no wording at all: a placeholder, the participant app's generic prompt
 *  under a choice (worded elsewhere), or the item's own code. */
export function isPlaceholder(text: string, code?: string): boolean {
  return GENERIC_PROMPT.test(text.trim()) || CODE_SHAPE.test(text.trim()) || (code !== undefined && text.trim() === code);
}
export const GENERIC_PROMPT = /^(QUESTION LABEL WAS NOT DEFINED|(Pick your answers from the following choices|Elija su respuesta de las siguientes opciones|Select your answer)\.?$|hint text$)/i;
/** A code where a wording should be (ehr_consent.json words two questions "EHRConsentPII_ConsentPermission"). */
const CODE_SHAPE = /^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/;
