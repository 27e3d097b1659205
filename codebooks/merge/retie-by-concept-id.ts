// A record that gives a concept ID with the code of another concept joins the item of its concept
// ID, not the item of its code. The Data Browser's survey_metadata.csv gives the COPE question
// "…the second dose of vaccine?" (the concept ID every other source gives dmfs_29_seconddose) the
// code of the "additional dose" question: tied by code, its text and branching landed on that item.
//
// The row's code stays a 'code' fact of the item; its values rank below every other source's there
// and it gives the item no place in its module's order (a mislabelled row is the least sure).
//
// Only where the sources settle both sides: the row's code has another concept ID (the claims the
// merge ranks chose it), and the row's concept ID is the chosen ID of a different code. A code
// given two IDs with no other code owning the second (a renumbered concept) keeps its records.
import type { ConceptRecord, ConceptRef, ImportResult, Provenance } from '../model/records';
import type { Conflict } from './conflicts';
import { codeKey, type Identity } from './identity';
import { mapConceptRefs, mapRefs, type RefMap } from './map-refs';

export const RETIE_FIELD = 'codeOfConceptId';

export interface Retied {
  results: ImportResult[];
  concepts: ConceptRecord[];
  /** One per source file and mislabelled pair: the code the other sources give the ID, the row's code. */
  conflicts: Conflict[];
  /** How many references were re-keyed. */
  count: number;
}

export function retieByConceptId(results: ImportResult[], concepts: ConceptRecord[], identity: Identity): Retied {
  const conflicts = new Map<string, Conflict>();
  let count = 0;
  const to: RefMap = <T extends ConceptRef>(ref: T, prov: Provenance): T => {
    const owner = ownerElsewhere(ref, identity);
    if (!owner) return ref;
    count++;
    const stated = ref.code!.trim();
    const key = `${codeKey(stated)}|${ref.conceptId}|${prov.source}`;
    if (!conflicts.has(key)) {
      conflicts.set(key, { subject: owner.code, field: RETIE_FIELD, chosen: owner.code, chosenSource: owner.prov, other: stated, otherSource: prov });
    }
    return { ...ref, code: owner.code, statedCode: ref.statedCode ?? stated, mislabelled: true };
  };
  return {
    results: results.map((r) => mapRefs(r, to)),
    concepts: concepts.map((c) => mapConceptRefs(c, to)),
    conflicts: [...conflicts.values()],
    count,
  };
}

/** The code, as its winning claim spells it, that owns the reference's concept ID, where that is not the reference's own. */
function ownerElsewhere(ref: ConceptRef, identity: Identity): { code: string; prov: Provenance } | null {
  const code = ref.code?.trim();
  const id = ref.conceptId;
  if (!code || id == null) return null;
  const own = codeKey(code);
  const ownId = identity.idOfCode.get(own);
  if (ownId === undefined || ownId === id) return null;
  const owner = identity.codeOfId.get(id);
  if (owner === undefined || owner === own || identity.idOfCode.get(owner) !== id) return null;
  const claim = identity.claimOfCode.get(owner)!;
  return { code: claim.ref.code!.trim(), prov: claim.prov };
}
