import { SourceError } from '../../errors';

export interface Choice {
  code: string;
  label: string;
}

/**
 * REDCap choices, "Code_A, Label A | Code_B, Label B". The label may itself hold commas; the
 * code is everything before the first one. Malformed choices throw, naming `where` (the row).
 */
export function parseChoices(raw: string, file: string, where: string): Choice[] {
  const out: Choice[] = [];
  const seen = new Set<string>();
  for (const part of raw.split('|')) {
    const p = part.trim();
    if (!p) continue;
    const comma = p.indexOf(',');
    const code = comma < 0 ? '' : p.slice(0, comma).trim();
    const label = comma < 0 ? '' : p.slice(comma + 1).trim();
    if (!code || /\s/.test(code)) {
      throw new SourceError(file, where, 'choices', `choice "${p.slice(0, 60)}" is not "code, label"`);
    }
    if (seen.has(code.toLowerCase())) throw new SourceError(file, where, 'choices', `answer code ${code} is listed twice`);
    seen.add(code.toLowerCase());
    out.push({ code, label });
  }
  return out;
}
