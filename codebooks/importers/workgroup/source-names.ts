// The "Original Source for Question" cell: one or more instrument names as the workgroup wrote
// them, e.g. "NHANES", "BRFSS (modified)", "PROMIS Global Health G1", "HINTS 4, Cycle 3".

/** Cells that say there is no source. */
const NO_SOURCE = /^(none|n\/?a|na|new( question)?|-+)$/i;
/** A column header read as a value (a repeated header row, a merged title): never an instrument. */
export const HEADER_NAME = /^(original\s+source(\s+for\s+(the\s+)?question)?|source(s)?|reference\s+instrument(\s+question)?|instrument|original\s+source\s+question\s+text)\s*:?$/i;

/** Splits a source cell into names; commas stay, since names such as "HINTS 4, Cycle 3" hold them. */
export function splitSourceNames(cell: string): string[] {
  return cell
    .split(/[;\n]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '' && !NO_SOURCE.test(s) && !HEADER_NAME.test(s));
}

const MODIFIED = /\s*\(?\bmodified\b\)?\s*/i;
/** Words after which a trailing number names an edition, not an item ("Cycle 3"). */
const EDITION_WORD = /^(cycle|wave|version|round|phase|part|year)$/i;

/**
 * The instrument a source name refers to: without a "(modified)" qualifier and without a trailing
 * item number ("PROMIS Global Health G1" → "PROMIS Global Health").
 */
export function workgroupInstrumentName(sourceName: string): string {
  const name = sourceName.replace(MODIFIED, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(.+?)\s+([A-Za-z]?\d+)$/.exec(name);
  if (!m) return name;
  const prefix = m[1]!;
  const words = prefix.split(' ');
  if (words.length < 2 || EDITION_WORD.test(words[words.length - 1]!)) return name;
  return prefix;
}

/** Compares instrument names ignoring case, spaces and punctuation ("CAGE AID" = "CAGE-AID"). */
export function instrumentKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A short name where the name makes it obvious: the name itself when it is an acronym
 * ("TUS-CPS"), a trailing "(MCTQ)", or a leading acronym ("PROMIS Global Health" → PROMIS).
 */
export function obviousShortName(name: string): string | null {
  const acronym = /^[A-Z][A-Z0-9-]{2,}$/;
  if (acronym.test(name)) return name;
  const trailing = /\(([A-Z][A-Z0-9-]{1,})\)$/.exec(name);
  if (trailing) return trailing[1]!;
  // A name qualified after a comma names one form or cycle of a family ("PROMIS Sleep Disturbance,
  // Short Form", "HINTS 4, Cycle 4"): its leading acronym is the family's, not this instrument's.
  const first = name.split(/[\s,]+/)[0]!;
  if (acronym.test(first) && !/^\d/.test(first) && !name.includes(',')) return first;
  return null;
}
