// Which records speak of the same concept. Codes match regardless of letter case; a record that
// gives only a concept id joins the code that owns that id. When sources give one code two ids
// the best-ranked claim wins and the others become conflicts; one id that two codes claim stays
// with both (the disagreement is still reported), and an id-only record joins the better-ranked.
// A record whose losing ID is another code's chosen ID joins that code's item (retie-by-concept-id.ts).
import type { ConceptRef, Provenance } from '../model/records';
import type { Conflict } from './conflicts';
import type { SourceIndex } from './sources-index';
import { push } from './group';

export interface Claim {
  ref: ConceptRef;
  prov: Provenance;
  /** Not stated by a source but inferred by the merge: ranks below every stated claim. */
  inferred?: boolean;
}

const INFERRED_PENALTY = 1e12;

export function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

export class Identity {
  /** code (lower case) → chosen concept id */
  readonly idOfCode = new Map<string, number>();
  /** concept id → code (lower case) that owns it */
  readonly codeOfId = new Map<number, string>();
  readonly conflicts: Conflict[] = [];
  /** code (lower case) → the inferred claim that gave its concept id, where one did */
  readonly inferredClaim = new Map<string, Claim>();
  /** code (lower case) → the claim that gave its concept id */
  readonly claimOfCode = new Map<string, Claim>();

  constructor(index: SourceIndex, claims: Claim[]) {
    const byCode = new Map<string, Claim[]>();
    for (const c of claims) {
      if (!c.ref.code?.trim() || c.ref.conceptId == null) continue;
      const k = codeKey(c.ref.code);
      push(byCode, k, c);
    }
    const winners: { code: string; claim: Claim; rank: number }[] = [];
    for (const [code, list] of byCode) {
      const r = (c: Claim) => index.rank('conceptId', c.prov) + (c.inferred ? INFERRED_PENALTY : 0);
      const sorted = [...list].sort((a, b) => r(a) - r(b));
      const best = sorted[0]!;
      this.idOfCode.set(code, best.ref.conceptId!);
      this.claimOfCode.set(code, best);
      if (best.inferred) this.inferredClaim.set(code, best);
      winners.push({ code, claim: best, rank: r(best) });
      const seen = new Set([best.ref.conceptId]);
      for (const other of sorted) {
        if (seen.has(other.ref.conceptId)) continue;
        seen.add(other.ref.conceptId);
        this.conflicts.push({
          subject: best.ref.code!.trim(),
          field: 'conceptId',
          chosen: String(best.ref.conceptId),
          chosenSource: best.prov,
          other: String(other.ref.conceptId),
          otherSource: other.prov,
        });
      }
    }
    winners.sort((a, b) => a.rank - b.rank);
    for (const w of winners) {
      const id = w.claim.ref.conceptId!;
      const owner = this.codeOfId.get(id);
      if (owner === undefined) {
        this.codeOfId.set(id, w.code);
        continue;
      }
      // Two different codes claim one concept id: each keeps it (one ID, several items: a lookup
      // lists them all); a record that gives only the id joins the better-ranked code.
      this.conflicts.push({
        subject: String(id),
        field: 'code',
        chosen: owner,
        chosenSource: null,
        other: w.claim.ref.code!.trim(),
        otherSource: w.claim.prov,
      });
    }
  }

  /** The entity key of a reference, or null when it names nothing. */
  key(ref: ConceptRef | null | undefined): string | null {
    if (!ref) return null;
    const code = ref.code?.trim();
    if (code) return 'c:' + codeKey(code);
    if (ref.conceptId == null) return null;
    const owner = this.codeOfId.get(ref.conceptId);
    return owner !== undefined ? 'c:' + owner : 'i:' + ref.conceptId;
  }
}
