import { text, type CsvRow } from '../../read/csv';
import type { ConceptRecord } from '../../model/records';

type ExternalCode = NonNullable<ConceptRecord['externalCodes']>[number];

/**
 * Codes in other terminologies from the older (v0.3.49) sheets. On answer rows the LOINC
 * question code, answer list and LOINC Source URL repeat the question's, so an answer keeps only
 * its own LOINC Answer ID; FHIR and SNOMED codes are per row, with the URL when it is theirs.
 */
export function externalCodesOf(row: CsvRow, isAnswer: boolean): ExternalCode[] {
  const out: ExternalCode[] = [];
  const url = text(row, 'Source URL') || null;
  const standard = text(row, 'Standard Code Source');
  const loinc = text(row, 'LOINC Category Code (Search This)');
  const loincList = text(row, 'LOINC Category ID');
  const loincAnswer = text(row, 'LOINC Answer ID');
  if (isAnswer) {
    if (loincAnswer) out.push({ system: 'LOINC', code: loincAnswer });
  } else {
    if (loinc) out.push({ system: 'LOINC', code: loinc, url });
    if (loincList) out.push({ system: 'LOINC', code: loincList });
  }
  const fhirCode = text(row, 'FHIR Code');
  if (fhirCode) {
    const oid = text(row, 'FHIR System OID');
    out.push({ system: oid ? `urn:oid:${oid}` : 'FHIR', code: fhirCode, url: standard === 'FHIR' ? url : null });
  }
  const snomed = text(row, 'UMLS (SNOMED) ConceptID') || text(row, 'UMLS (SnoMed) ConceptID');
  if (snomed) out.push({ system: 'SNOMED CT', code: snomed, url: standard === 'UMLS' ? url : null });
  return out;
}
