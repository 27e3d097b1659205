// A code the codebook corrected between two of its commits: the same sheet's same row gives, at
// the pinned older commit, an answer of the same question with the same label under another
// code (OverallHealth.csv row 22: GeneralMentalHealth_Excllent, later GeneralMentalHealth_Excellent).
// Kept apart, the question lists "Excellent" twice. The older spelling becomes an alias of the
// newer code, unless a newer source still names it (then it is a code in use, not a typo) or the
// two carry different concept IDs.
import type { ConceptRecord, ImportResult } from '../model/records';
import type { CodeAlias, CodeAliases } from './code-aliases';
import { codeKey } from './identity';

/** 'codebook-to-fhir@d9dce45:OverallHealth.csv' → the same sheet's name without the commit. */
function sheetOf(source: string): { sheet: string; older: boolean } {
  const m = /^([^@:]+)@[0-9a-f]+:(.*)$/.exec(source);
  return m ? { sheet: `${m[1]}:${m[2]}`, older: true } : { sheet: source, older: false };
}

const sameText = (a?: string | null, b?: string | null) => !!a?.trim() && a.trim().toLowerCase() === b?.trim().toLowerCase();

function namedByNewer(results: ImportResult[]): Set<string> {
  const named = new Set<string>();
  for (const r of results) {
    for (const c of r.concepts) if (c.code && !sheetOf(c.prov.source).older) named.add(codeKey(c.code));
    for (const o of r.options) if (o.answer.code && !sheetOf(o.prov.source).older) named.add(codeKey(o.answer.code));
  }
  return named;
}

export function codeCorrections(results: ImportResult[]): CodeAlias[] {
  const newer = new Map<string, ConceptRecord>();
  const older: ConceptRecord[] = [];
  for (const r of results) {
    for (const c of r.concepts) {
      if (c.kind !== 'answer' || !c.code || !c.prov.at) continue;
      const { sheet, older: isOld } = sheetOf(c.prov.source);
      if (isOld) older.push(c);
      else newer.set(`${sheet}|${c.prov.at}`, c);
    }
  }
  const inUse = namedByNewer(results);
  const out: CodeAlias[] = [];
  for (const old of older) {
    const now = newer.get(`${sheetOf(old.prov.source).sheet}|${old.prov.at}`);
    if (!now?.code || codeKey(now.code) === codeKey(old.code!) || inUse.has(codeKey(old.code!))) continue;
    if (!now.parent?.code || codeKey(now.parent.code) !== codeKey(old.parent?.code ?? '')) continue;
    if (!sameText(old.text?.en, now.text?.en)) continue;
    if (old.conceptId != null && now.conceptId != null && old.conceptId !== now.conceptId) continue;
    out.push({ code: now.code.trim(), alias: old.code!.trim(), prov: old.prov });
  }
  return out;
}

/** The ties with the corrections added (a code already tied keeps its tie). */
export function withCodeCorrections(ties: CodeAliases, results: ImportResult[]): CodeAliases {
  const added = codeCorrections(results).filter((c) => !ties.canonical.has(codeKey(c.alias)) && !ties.canonical.has(codeKey(c.code)));
  for (const c of added) ties.canonical.set(codeKey(c.alias), c.code);
  ties.aliases.push(...added);
  ties.notes.push(`${added.length} answer codes the codebook corrected between its commits (same sheet row, question and label) kept as aliases of the corrected code: ${added.map((c) => `${c.alias} → ${c.code}`).join(', ')}`);
  return ties;
}
