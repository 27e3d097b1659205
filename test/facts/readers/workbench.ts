// all-of-us/workbench ppi_criteria.csv (2019): the cohort builder's tree; answer rows under a
// question carry the question's concept ID in concept_id and the answer's standard value concept
// (value_as_concept_id) in code.
import type { Claim } from '../claims';
import { csvRows } from '../raw';

export async function ppiCriteria(): Promise<Claim[]> {
  const source = 'workbench@4f3241f:ppi_criteria.csv';
  const claims: Claim[] = [];
  for (const { row, v } of await csvRows(source, { backslashQuotes: true })) {
    if (v.is_group !== '0' || !v.code || !v.concept_id) continue;
    claims.push({ source, at: `data row ${row}`, fact: 'optionStandard', item: { conceptId: Number(v.concept_id) }, label: v.name ?? '', standardConceptId: Number(v.code) });
  }
  return claims;
}
