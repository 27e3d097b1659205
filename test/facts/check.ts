// Compares every claim of the raw-file readers with the database. A claim that disagrees passes
// only when the build recorded that very disagreement in `conflicts` (sources differ, one won).
import { fold, keyText, norm, type Claim, type Fact } from './claims';
import { itemsOf, type DbView, type ItemRow, type OptionRow } from './db-view';

export interface Disagreement {
  claim: Claim;
  /** What the database says instead, in words. */
  db: string;
}

/** `subjects`: an option's conflicts are recorded under "<question> → <answer>" (code, or concept ID), not an item. */
type Verdict = { ok: true } | { ok: false; db: string; conflict?: { items: ItemRow[]; field: string; value: string; subjects?: string[] } };
type Comparator<F extends Fact> = (view: DbView, claim: Extract<Claim, { fact: F }>) => Verdict;

const OK: Verdict = { ok: true };
const same = (a: string | null | undefined, b: string) => a != null && norm(a) === norm(b);
/** Same wording (see fold), or the database's is the source's inside a longer stem (grid rows, "question - answer" labels). */
export const sameWording = (db: string | null | undefined, source: string) => {
  if (db == null) return false;
  if (db === source) return true;
  const d = fold(db);
  const s = fold(source);
  return d === s || d.endsWith(` ${s}`) || (d.length > s.length && s.split(' ').length >= 4 && d.includes(s));
};
const list = (xs: unknown[]) => (xs.length ? xs.join(', ') : 'nothing');
const missing = (what: string): Verdict => ({ ok: false, db: `no item ${what}` });

const comparators: { [F in Fact]: Comparator<F> } = {
  conceptId(view, c) {
    const items = itemsOf(view, c.item);
    if (!items.length) return missing(c.item.code);
    if (items.some((i) => i.concept_id === c.conceptId)) return OK;
    return { ok: false, db: `concept ID ${list(items.map((i) => i.concept_id))}`, conflict: { items, field: 'conceptId', value: String(c.conceptId) } };
  },
  code(view, c) {
    const items = itemsOf(view, c.item);
    if (!items.length) return missing(String(c.item.conceptId));
    if (items.some((i) => i.code?.toLowerCase() === c.code.toLowerCase())) return OK;
    return { ok: false, db: `code ${list(items.map((i) => i.code))}`, conflict: { items, field: 'code', value: c.code } };
  },
  module(view, c) {
    const items = itemsOf(view, c.item);
    if (!items.length) return missing(keyText(c.item));
    const want = 'code' in c.module ? c.module.code.toLowerCase() : String(c.module.conceptId);
    const wanted = view.moduleIds.get(want) ?? [];
    if (items.some((i) => view.modules.get(i.id)?.some((m) => wanted.includes(m)))) return OK;
    return { ok: false, db: `module ids ${list(items.flatMap((i) => view.modules.get(i.id) ?? []))}` };
  },
  'text.en': (view, c) => compareText(view, c, 'text_en'),
  'text.es': (view, c) => compareText(view, c, 'text_es'),
  option(view, c) {
    const questions = itemsOf(view, c.item);
    const answers = new Set(itemsOf(view, c.answer).map((a) => a.id));
    if (!questions.length) return missing(keyText(c.item));
    if (!answers.size) return missing(keyText(c.answer));
    const opts = questions.flatMap((q) => view.options.get(q.id) ?? []).filter((o) => answers.has(o.answer_id));
    if (!opts.length) return { ok: false, db: `no option ${keyText(c.answer)} under ${keyText(c.item)}` };
    for (const lang of ['en', 'es'] as const) {
      const label = c.label?.[lang];
      if (label === undefined || opts.some((o) => sameWording(o[`label_${lang}`], label))) continue;
      const items = opts.map((o) => view.item.get(o.answer_id)!);
      const subjects = questions.flatMap((q) => items.map((a) => `${subjectKey(q)} → ${subjectKey(a)}`));
      return { ok: false, db: `label.${lang} ${list(opts.map((o) => JSON.stringify(o[`label_${lang}`])))}`, conflict: { items, field: `label.${lang}`, value: label, subjects } };
    }
    return OK;
  },
  optionStandard(view, c) {
    const opts = itemsOf(view, c.item).flatMap((q) => view.options.get(q.id) ?? []);
    const labelled = opts.filter((o) => sameWording(o.label_en, c.label) || sameWording(view.item.get(o.answer_id)?.text_en, c.label));
    // The answer the label names, else any answer (labels differ across editions). For a few
    // questions the workbench puts the PPI answer concept where the standard one goes: then an
    // option with no standard value may show it as its own ID, but a standard value shown must be it.
    const states = (o: OptionRow) => o.standard_concept_id === c.standardConceptId || (o.standard_concept_id === null && view.item.get(o.answer_id)?.concept_id === c.standardConceptId);
    if ((labelled.length ? labelled : opts).some(states)) return OK;
    return { ok: false, db: `standard value concepts ${list((labelled.length ? labelled : opts).map((o) => o.standard_concept_id))}` };
  },
  branching(view, c) {
    const parents = new Set(itemsOf(view, c.parent).map((i) => i.id));
    const answers = new Set(itemsOf(view, c.answer).map((i) => i.id));
    const rules = itemsOf(view, c.item)
      .flatMap((i) => view.rules.get(i.id) ?? [])
      .filter((r) => r.source === c.source && r.parent_id !== null && parents.has(r.parent_id) && r.answers.some((a) => answers.has(a)));
    if (!rules.length) return { ok: false, db: `no rule of ${c.source} on ${keyText(c.item)} naming ${keyText(c.parent)} = ${keyText(c.answer)}` };
    if (rules.every((r) => r.shown_when === c.shown)) return OK;
    return { ok: false, db: `rule says ${list(rules.map((r) => r.shown_when))}` };
  },
  citation(view, c) {
    const rows = view.citations.filter((r) => r.source === c.source && r.number === c.number && r.at === c.at);
    if (!rows.length) return { ok: false, db: `no citation ${c.number} of ${c.source} on ${c.at}` };
    // A URL broken across lines without a hyphen is read only up to the break.
    const bad = rows.find((r) => r.year !== c.year || (c.url !== null && !r.url?.startsWith(c.url)));
    return bad ? { ok: false, db: `year ${bad.year}, url ${bad.url}` } : OK;
  },
};

function compareText(view: DbView, c: Extract<Claim, { fact: 'text.en' | 'text.es' }>, column: 'text_en' | 'text_es'): Verdict {
  const items = itemsOf(view, c.item);
  if (!items.length) return missing(keyText(c.item));
  if (items.some((i) => sameWording(i[column], c.text))) return OK;
  return { ok: false, db: list(items.map((i) => JSON.stringify(i[column]))), conflict: { items, field: c.fact, value: c.text } };
}

/** An item as the merge names it in a conflict's subject: its code as keyed, else its concept ID. */
function subjectKey(i: ItemRow): string {
  return i.code ? i.code.trim().toLowerCase() : String(i.concept_id);
}

/** The build recorded this value as the other side of a conflict on one of these items. */
function recorded(view: DbView, items: ItemRow[], field: string, value: string, subjects: string[] = []): boolean {
  const byItem = view.conflicts.get(field);
  if (!byItem) return false;
  const keys = [...items.flatMap((i): (number | string)[] => (i.code ? [i.id, i.code.toLowerCase()] : [i.id])), ...subjects];
  return keys.some((key) => byItem.get(key)?.some((k) => fold(k.other) === fold(value)));
}

/** A row about a concept ID that the build recorded as the losing side of a concept ID conflict. */
function disputedId(view: DbView, claim: Claim): boolean {
  return 'item' in claim && 'conceptId' in claim.item && view.disputedIds.has(String(claim.item.conceptId));
}

export function checkClaims(view: DbView, claims: Claim[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const claim of claims) {
    if (disputedId(view, claim)) continue;
    const verdict = (comparators[claim.fact] as Comparator<Fact>)(view, claim as never);
    if (verdict.ok) continue;
    if (verdict.conflict && recorded(view, verdict.conflict.items, verdict.conflict.field, verdict.conflict.value, verdict.conflict.subjects)) continue;
    out.push({ claim, db: verdict.db });
  }
  return out;
}

export function describe(d: Disagreement): string {
  const { claim } = d;
  const subject = 'item' in claim ? keyText(claim.item) : `source #${claim.number}`;
  const { source, at, fact, ...rest } = claim;
  const said = JSON.stringify(rest).slice(0, 160);
  return `${source} ${at}: ${subject} ${fact} ${said}; database: ${d.db.slice(0, 160)}`;
}
