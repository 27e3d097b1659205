// Rewrites every concept reference of an importer's records (a concept and its parent, an option's
// question and answer, a branching rule's child, parent and answers, a version's questions, a
// printed question's item), for merge steps that re-key records before they are grouped.
import type { ConceptRecord, ConceptRef, ImportResult, Provenance } from '../model/records';

/** Returns the reference unchanged (the same object) when it has nothing to change; `prov` is the record's. */
export type RefMap = <T extends ConceptRef>(ref: T, prov: Provenance) => T;

export function mapConceptRefs(c: ConceptRecord, to: RefMap): ConceptRecord {
  const parent = c.parent ? to(c.parent, c.prov) : c.parent;
  const own = to(c, c.prov);
  return parent === c.parent ? own : { ...own, parent };
}

export function mapRefs(result: ImportResult, to: RefMap): ImportResult {
  return {
    ...result,
    concepts: result.concepts.map((c) => mapConceptRefs(c, to)),
    options: result.options.map((o) => ({ ...o, question: to(o.question, o.prov), answer: to(o.answer, o.prov) })),
    branching: result.branching.map((b) => {
      const at = <T extends ConceptRef>(r: T) => to(r, b.prov);
      return { ...b, child: at(b.child), parent: b.parent ? at(b.parent) : null, answers: b.answers.map(at) };
    }),
    versions: result.versions.map((v) => ({ ...v, questions: v.questions.map((q) => ({ ...q, ref: to(q.ref, v.prov) })) })),
    printed: result.printed.map((p) => (p.ref ? { ...p, ref: to(p.ref, p.prov) } : p)),
  };
}
