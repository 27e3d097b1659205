// What the user's Athena download says about one item of the bundled codebook: the PPI concept
// ID of the item and of each answer, matched by concept_code = PPI code in any letter case. An ID
// the codebook lacks is filled (and marked as from the download); one that differs is reported
// as a disagreement and never replaces the codebook's. Plus the "Maps to" / "Maps to value"
// relationships the download gives those concepts.
import type { AthenaFact, ImportedFacts } from '../../../contract/imports';
import type { ItemDetail } from '../../../contract/models';
import type { OpenImport } from '../imported-data';

interface ConceptRow {
  concept_id: number;
  concept_name: string;
}

export function athenaFacts(athena: OpenImport, item: ItemDetail): ImportedFacts | null {
  const { db } = athena;
  const byCode = db.prepare(`SELECT concept_id, concept_name FROM concept WHERE vocabulary_id = 'PPI' AND concept_code = ? COLLATE NOCASE
    ORDER BY invalid_reason IS NOT NULL, concept_id LIMIT 1`);
  const fact = (code: string | null, bundled: number | null): AthenaFact | null => {
    if (!code) return null;
    const row = byCode.get(code) as ConceptRow | undefined;
    if (!row) return null;
    const status = bundled === null ? 'filled' : bundled === row.concept_id ? 'agrees' : 'disagrees';
    return { code, bundledConceptId: bundled, athenaConceptId: row.concept_id, athenaName: row.concept_name, status };
  };
  const itemFact = item.kind === 'module' ? null : fact(item.code, item.conceptId);
  const answers = item.answers.map((a) => fact(a.code, a.conceptId)).filter((f): f is AthenaFact => f !== null);
  if (!itemFact && answers.length === 0) return null;
  const maps = db.prepare(`SELECT r.relationship_id AS relationship, r.concept_id_2 AS conceptId, c.concept_name AS name, c.vocabulary_id AS vocabularyId,
      c.concept_code AS conceptCode FROM concept_relationship r LEFT JOIN concept c ON c.concept_id = r.concept_id_2
     WHERE r.concept_id_1 = ? AND r.relationship_id IN ('Maps to', 'Maps to value') AND r.invalid_reason IS NULL ORDER BY r.relationship_id, r.concept_id_2`);
  const relationships = [itemFact, ...answers].flatMap((f) =>
    f ? (maps.all(f.athenaConceptId) as Omit<ImportedFacts['relationships'][number], 'fromCode' | 'fromConceptId'>[]).map((r) => ({ fromCode: f.code, fromConceptId: f.athenaConceptId, ...r })) : [],
  );
  return { importName: athena.info.name, version: athena.info.version, item: itemFact, answers, relationships };
}
