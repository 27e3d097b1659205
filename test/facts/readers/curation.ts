// all-of-us/curation: structured branching rules (keep = shown, drop = hidden) for seven older
// surveys, and the RDR observation fixture pairing question and answer codes with concept IDs.
import type { Claim } from '../claims';
import { csvRows, entries } from '../raw';

export async function branchingRules(): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const { id: source } of entries((e) => e.format === 'curation-branching')) {
    for (const { row, v } of await csvRows(source)) {
      // keep_gt compares a number (parent_value is a threshold, not an answer): not read here.
      if (!v.child_question || !v.parent_question || !v.parent_value || v.rule_type === 'keep_gt') continue;
      const shown = v.rule_type === 'keep' ? 'shown' : v.rule_type === 'drop' ? 'hidden' : null;
      if (!shown) throw new Error(`${source} data row ${row}: rule_type ${v.rule_type}`);
      // A few rows add the short form of a code: "Long_Code (short- Short_Code)".
      const code = (s: string) => s.replace(/\s*\(short-.*$/, '');
      claims.push({
        source,
        at: `data row ${row}`,
        fact: 'branching',
        item: { code: code(v.child_question) },
        parent: { code: code(v.parent_question) },
        answer: { code: v.parent_value },
        shown,
      });
    }
  }
  return claims;
}

export async function rdrObservations(): Promise<Claim[]> {
  const source = 'curation:observation.csv';
  const claims: Claim[] = [];
  for (const { row, v } of await csvRows(source)) {
    const at = `data row ${row}`;
    const q = v.observation_source_value;
    const qId = Number(v.observation_source_concept_id);
    if (q && qId) claims.push({ source, at, fact: 'conceptId', item: { code: q }, conceptId: qId });
    const a = v.value_source_value;
    const aId = Number(v.value_source_concept_id);
    if (a && aId) {
      claims.push({ source, at, fact: 'conceptId', item: { code: a }, conceptId: aId });
      if (q) claims.push({ source, at, fact: 'option', item: { code: q }, answer: { code: a } });
    }
  }
  return claims;
}
