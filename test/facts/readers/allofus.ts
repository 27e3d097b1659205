// The allofus R package's tables (public AoU Survey Codebook joined to Athena): each code's
// concept ID and question wording, and the answer codes of its REDCap choices ("Code, Label |
// ..."). Not read: the choices' labels (a later edition's wording: "I have/have had no lung
// condition" where the instruments the merge prefers say "I have no lung condition"), and the
// health history grid (it pairs codes and IDs per relative in a way no other source confirms).
import type { Claim } from '../claims';
import { derivedCsvRows } from '../raw';

export async function aouCodebook(): Promise<Claim[]> {
  const source = 'allofus:aou_codebook.rda';
  const claims: Claim[] = [];
  for (const { row, v } of await derivedCsvRows(source, 'aou_codebook.csv')) {
    const at = `row ${row}`;
    const code = v.concept_code;
    if (!code) continue;
    const item = { code };
    if (v.concept_id) claims.push({ source, at, fact: 'conceptId', item, conceptId: Number(v.concept_id) });
    if (v.field_label && v.concept_class_id === 'Question') claims.push({ source, at, fact: 'text.en', item, text: v.field_label });
    for (const choice of v.choices ? v.choices.split(' | ') : []) {
      const comma = choice.indexOf(',');
      if (comma < 1) continue;
      const answer = choice.slice(0, comma).trim();
      // A text field's one "choice" is its own code ("Enter address"): no answer.
      if (answer.toLowerCase() !== code.toLowerCase()) claims.push({ source, at: `${at} choices`, fact: 'option', item, answer: { code: answer } });
    }
  }
  return claims;
}
