// What the raw files give, item by item, before the merge chooses anything: the ceiling the
// report sets beside each coverage figure. Spanish: a question some file words in Spanish (a
// Spanish field of a structured file, or a question printed in a module that has a Spanish PDF).
// Source: a question whose printed instance names a source (a footnote or a workgroup sheet's
// source column). Answer IDs: per question, the distinct answer concept IDs any file states for
// it (option rows, answer records under it, branching rules on it, IDs printed under it, IDs of
// the codes listed under it, where a code's ID is stated or inferred from two files' rules), at
// most its number of options.
import type { BranchRecord, ConceptRecord, OptionRecord, PrintedQuestionRecord } from '../model/records';
import type { Claim, Identity } from './identity';
import { codeKey } from './identity';
import type { MergedOption } from './options';
import { printedAnswers } from './printed-answers';
import type { MergedPrinted } from './provenance-sources';
import type { SpanishGap } from './spanish-from-pdf';

export interface Ceilings {
  spanish: Set<string>;
  source: Set<string>;
  /** Why a question printed in a module with a Spanish PDF got no Spanish from it. */
  spanishGaps: Map<string, SpanishGap>;
  /** question key → its options and how many of them some file gives an answer concept ID */
  answerIds: Map<string, { options: number; given: number }>;
}

interface Raw {
  concepts: ConceptRecord[];
  options: OptionRecord[];
  branching: BranchRecord[];
  printed: MergedPrinted[];
  claims: Claim[];
}

export function computeCeilings(raw: Raw, merged: MergedOption[], identity: Identity, spanishGaps = new Map<string, SpanishGap>()): Ceilings {
  const spanish = new Set<string>();
  for (const c of raw.concepts) if (c.kind === 'question' && c.text?.es?.trim()) add(spanish, identity.key(c));
  const spanishModules = new Set(raw.printed.filter((p) => p.record.language === 'es' && p.module).map((p) => p.module));
  const source = new Set<string>();
  for (const p of raw.printed) {
    if (!p.itemKey) continue;
    if (p.record.language === 'es' || (p.module && spanishModules.has(p.module))) spanish.add(p.itemKey);
    // The 2016 workgroup sheets' Spanish is a draft wording the merge does not take as the item's.
    if (p.record.language === 'es' && p.record.prov.source.startsWith('workgroup:') && !spanishGaps.has(p.itemKey)) spanishGaps.set(p.itemKey, 'workgroup');
    if (p.record.footnotes.length > 0 || (p.record.sourceNames?.length ?? 0) > 0) source.add(p.itemKey);
  }
  return { spanish, source, spanishGaps, answerIds: answerIdCeilings(raw, merged, identity) };
}

function answerIdCeilings(raw: Raw, merged: MergedOption[], identity: Identity) {
  const idsOfCode = new Map<string, Set<number>>();
  for (const c of raw.claims) if (c.ref.code?.trim() && c.ref.conceptId != null) addTo(idsOfCode, codeKey(c.ref.code), c.ref.conceptId);
  const given = new Map<string, Set<number>>();
  const giveRef = (q: string | null, a: { code?: string | null; conceptId?: number | null }) => {
    if (!q) return;
    if (a.conceptId != null) addTo(given, q, a.conceptId);
    else if (a.code?.trim()) for (const id of idsOfCode.get(codeKey(a.code)) ?? []) addTo(given, q, id);
  };
  for (const o of raw.options) giveRef(identity.key(o.question), o.answer);
  for (const c of raw.concepts) if (c.kind === 'answer' && c.parent) giveRef(identity.key(c.parent), c);
  for (const b of raw.branching) for (const a of b.answers) giveRef(identity.key(b.parent), a);
  for (const p of raw.printed) printedIds(p.record, identity, given);
  const count = new Map<string, number>();
  for (const o of merged) count.set(o.questionKey, (count.get(o.questionKey) ?? 0) + 1);
  const out = new Map<string, { options: number; given: number }>();
  for (const [q, n] of count) out.set(q, { options: n, given: Math.min(n, given.get(q)?.size ?? 0) });
  return out;
}

function printedIds(p: PrintedQuestionRecord, identity: Identity, given: Map<string, Set<number>>) {
  if (p.language !== 'en') return;
  for (const a of printedAnswers(p)) {
    const q = identity.key({ conceptId: a.questionId });
    if (q) addTo(given, q, a.id);
  }
}

function add(set: Set<string>, key: string | null) {
  if (key) set.add(key);
}
function addTo<K, V>(map: Map<K, Set<V>>, k: K, v: V) {
  map.set(k, (map.get(k) ?? new Set()).add(v));
}
