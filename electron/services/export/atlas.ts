// OHDSI ATLAS concept set expression, as ATLAS exports and imports it: { items: [{ concept: {...},
// isExcluded, includeDescendants, includeMapped }] }. A survey gives its question concepts; a list
// gives each question concept, then the concepts of its chosen answers when not all are chosen
// (atlas-import.ts reads it back that way). Only the codebook's PPI concept IDs are used.
import type { ExportForm, FormAnswer, FormQuestion } from './form';

export interface AtlasConcept {
  CONCEPT_ID: number;
  CONCEPT_NAME: string;
  /** The codebook does not say whether a PPI concept is standard: null, caption "Unknown". */
  STANDARD_CONCEPT: string | null;
  STANDARD_CONCEPT_CAPTION: string;
  INVALID_REASON: string | null;
  INVALID_REASON_CAPTION: string;
  CONCEPT_CODE: string;
  DOMAIN_ID: string;
  VOCABULARY_ID: string;
  CONCEPT_CLASS_ID: string;
}

export interface AtlasItem {
  concept: AtlasConcept;
  isExcluded: boolean;
  includeDescendants: boolean;
  includeMapped: boolean;
}

function item(conceptId: number, name: string | null, code: string | null, conceptClass: 'Question' | 'Answer'): AtlasItem {
  return {
    concept: {
      CONCEPT_ID: conceptId,
      CONCEPT_NAME: name ?? code ?? String(conceptId),
      STANDARD_CONCEPT: null,
      STANDARD_CONCEPT_CAPTION: 'Unknown',
      INVALID_REASON: null,
      INVALID_REASON_CAPTION: 'Unknown',
      CONCEPT_CODE: code ?? '',
      DOMAIN_ID: 'Observation',
      VOCABULARY_ID: 'PPI',
      CONCEPT_CLASS_ID: conceptClass,
    },
    isExcluded: false,
    includeDescendants: false,
    includeMapped: false,
  };
}

/** The questions and answers the set holds; anything without a PPI concept ID is left out. */
export function atlasItems(form: ExportForm): AtlasItem[] {
  const seen = new Set<number>();
  const out: AtlasItem[] = [];
  const add = (x: FormQuestion | FormAnswer, cls: 'Question' | 'Answer') => {
    if (x.conceptId == null || seen.has(x.conceptId)) return;
    seen.add(x.conceptId);
    out.push(item(x.conceptId, x.text.en, x.code, cls));
  };
  for (const q of form.questions) {
    add(q, 'Question');
    for (const a of q.chosen ?? []) add(a, 'Answer');
  }
  return out;
}

export function formToAtlas(form: ExportForm): string {
  return JSON.stringify({ items: atlasItems(form) }, null, 2) + '\n';
}
