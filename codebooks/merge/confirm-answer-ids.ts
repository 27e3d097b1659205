// An option whose source pairs its answer with an ID it does not state as the answer's own
// (`answerIdToConfirm`: the allofus grid's "self" rows, whose `_yes` code is worded as the
// question's code) takes that ID only where another source lists the ID as an answer of the same
// question: the Data Browser's PFHH paths ("836876.1384497.43530306": follow-ups under answer
// 1384497) or answer lists. The option then names the answer by the ID alone, so the question has
// one Self; the source's code, which no other source gives that answer, is kept as a conflict.
// Unconfirmed pairs stay as they were (the code, no ID) and are noted, but for a code that is not
// the answer's at all (`dropUnconfirmed`), whose option is left out.
import type { ConceptRef, ImportResult, OptionRecord, Provenance } from '../model/records';
import type { Conflict } from './conflicts';
import type { Identity } from './identity';
import type { MergedItem } from './items';

export interface ConfirmedId {
  id: number;
  /** The code the pairing source gave, now left out. */
  code: string;
  prov: Provenance;
  /** The other source's option that lists the ID under the question. */
  by: Provenance;
}

export interface Confirmed {
  results: ImportResult[];
  confirmed: ConfirmedId[];
  notes: string[];
}

export function confirmAnswerIds(results: ImportResult[]): Confirmed {
  const listed = new Map<string, Provenance>();
  for (const r of results) {
    for (const o of r.options) {
      const q = o.question.conceptId;
      const a = o.answer.conceptId;
      if (o.answerIdToConfirm === undefined && q != null && a != null && !listed.has(`${q}|${a}`)) listed.set(`${q}|${a}`, o.prov);
    }
  }
  const confirmed: ConfirmedId[] = [];
  const notes: string[] = [];
  const confirm = (o: OptionRecord): OptionRecord | null => {
    const id = o.answerIdToConfirm;
    if (id === undefined) return o;
    const q = o.question.conceptId;
    const by = q != null ? listed.get(`${q}|${id}`) : undefined;
    // Only another file's word confirms: the same file's pairing is what is in doubt.
    if (!by || by.source === o.prov.source) {
      const outcome = o.dropUnconfirmed ? 'option left out' : 'ID not attached';
      notes.push(`${o.prov.source} (${o.prov.at ?? ''}): answer ${o.answer.code} of question ${q} is paired with ID ${id}, which no other source lists as its answer: ${outcome}`);
      return o.dropUnconfirmed ? null : o;
    }
    if (o.answer.code?.trim()) confirmed.push({ id, code: o.answer.code.trim(), prov: o.prov, by });
    const answer: ConceptRef = { conceptId: id };
    const { dropUnconfirmed: _, ...kept } = o;
    return { ...kept, answer };
  };
  return {
    results: results.map((r) => (r.options.some((o) => o.answerIdToConfirm !== undefined) ? { ...r, options: r.options.map(confirm).filter((o) => o !== null) } : r)),
    confirmed,
    notes,
  };
}

/** One conflict per confirmed ID and left-out code: the code the merged answer has against the pairing source's. */
export function confirmedIdConflicts(confirmed: ConfirmedId[], items: Map<string, MergedItem>, identity: Identity): Conflict[] {
  const out = new Map<string, Conflict>();
  for (const c of confirmed) {
    const key = `${c.id}|${c.code.toLowerCase()}|${c.prov.source}`;
    if (out.has(key)) continue;
    const item = items.get(identity.key({ conceptId: c.id }) ?? '');
    const fact = item?.facts.find((f) => f.field === 'code' && f.chosen);
    out.set(key, { subject: String(c.id), field: 'code', chosen: item?.code ?? null, chosenSource: fact?.prov ?? c.by, other: c.code, otherSource: c.prov });
  }
  return [...out.values()];
}
