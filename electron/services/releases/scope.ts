// One release of a module as the outline and the trainer show it: which topics and questions it
// holds (a topic stays when any question under it does) and their wording in that release.
import type { ReleaseRef } from '../../contract/releases';
import type { Codebook } from '../store';
import { releaseMembers, releaseTexts, resolveRelease } from './list';
import { inPrintedOrder, printedOrderOf } from './printed-order';
import { printedListOf, withPrintedSpanish } from './printed-list';
import { knownSpanishOf } from './known-spanish';

export interface ReleaseScope {
  release: ReleaseRef;
  has: (itemId: number) => boolean;
  texts: ReturnType<typeof releaseTexts>;
  /** The release's own answer options of a question, in order (null: its sources list none). */
  options: (questionId: number) => { answerId: number; en: string | null; es: string | null }[] | null;
}

export function releaseScope(db: Codebook, moduleId: number, name?: string | null): ReleaseScope | null {
  const r = resolveRelease(db, moduleId, name);
  if (!r) return null;
  const members = new Set(releaseMembers(db, r.id).keys());
  // Topics of member questions belong to the release too (a parent question only by its own sources).
  const parentOf = db.prepare('SELECT p.id, p.kind FROM items c JOIN items p ON p.id = c.parent_id WHERE c.id = ?');
  for (const id of [...members]) {
    let p = parentOf.get(id) as { id: number; kind: string } | undefined;
    for (let guard = 0; p && p.kind === 'topic' && guard < 8 && !members.has(p.id); guard++) {
      members.add(p.id);
      p = parentOf.get(p.id) as { id: number; kind: string } | undefined;
    }
  }
  // Each source's list keeps its own order (codebooks/releases/options.ts); orders are not mixed:
  // the list of a source that gives an order of its own leads, other sources' answers follow.
  // Read once per scope, on first use: the outline and the trainer ask for every question's list.
  let byQuestion: Map<number, OptionRow[]> | null = null;
  const codes = new Map<number, string | null>();
  const codeOf = db.prepare('SELECT code FROM items WHERE id = ?').pluck();
  const rowsOf = (q: number): OptionRow[] => {
    if (!byQuestion) {
      byQuestion = new Map();
      const all = db.prepare(`SELECT o.question_id AS q, o.answer_id AS answerId, o.label_en AS en, o.label_es AS es, o.source, a.code,
          EXISTS (SELECT 1 FROM option_listings l WHERE l.question_id = o.question_id AND l.source = o.source AND l.position IS NOT NULL) AS ordered
        FROM release_options o JOIN items a ON a.id = o.answer_id WHERE o.release_id = ? ORDER BY o.question_id, o.position, o.answer_id`).all(r.id) as (OptionRow & { q: number; code: string | null })[];
      for (const { q: id, code, ...row } of all) {
        byQuestion.set(id, [...(byQuestion.get(id) ?? []), row]);
        codes.set(row.answerId, code);
      }
    }
    return byQuestion.get(q) ?? [];
  };
  const printedOrder = printedOrderOf(db);
  const printedList = printedListOf(db, (id) => (codes.has(id) ? codes.get(id)! : (codeOf.get(id) as string | null)));
  const texts = releaseTexts(db, r.id);
  // The outline and the trainer both ask for every question's list.
  const shown = new Map<number, { answerId: number; en: string | null; es: string | null }[] | null>();
  const release = r;
  const listOf = (q: number): { answerId: number; en: string | null; es: string | null }[] | null => {
    const rows = rowsOf(q);
    const printed = texts.get(q)?.answers.en?.length ? texts.get(q)!.answers.en : null;
    if (!rows.length) return printed ? printedList.fromMerged(q, printed) : null;
    const { list, lead, ordered } = unmixed(rows);
    if (!ordered && printed) return printedList.reordered(list, printed) ?? list;
    return inPrintedOrder(list, printedOrder(release.id, q, lead));
  };
  const knownSpanish = knownSpanishOf(db, moduleId);
  const inSpanishToo = (q: number) => withPrintedSpanish(listOf(q), texts.get(q)?.answers, knownSpanish(q));
  return {
    release: { id: r.id, label: r.label, module: r.module },
    has: (id) => members.has(id),
    texts,
    options: (q) => {
      if (!shown.has(q)) shown.set(q, inSpanishToo(q));
      return shown.get(q)!;
    },
  };
}

interface OptionRow { answerId: number; en: string | null; es: string | null; source: string; ordered: number }

/** One answer list from several sources: the lead source's order, then answers only others list;
 *  each label the lead source's, else (no label there) the greatest of the others'. Where a source
 *  gives the form's own order, answers that only sources without one list are left out: those (the
 *  Data Browser's) list answers seen in the data, such as "PMI: Skip", which no form offers. */
function unmixed(rows: OptionRow[]): { list: { answerId: number; en: string | null; es: string | null }[]; lead: string; ordered: boolean } {
  const bySource = new Map<string, OptionRow[]>();
  for (const o of rows) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
  const lead = [...bySource.values()].sort((a, b) => b[0]!.ordered - a[0]!.ordered || b.length - a.length || a[0]!.source.localeCompare(b[0]!.source))[0]!;
  const listing = lead[0]!.ordered ? rows.filter((o) => o.ordered) : rows;
  const order = [...new Set([...lead, ...listing].map((o) => o.answerId))];
  const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  const list = order.map((answerId) => {
    const of = rows.filter((o) => o.answerId === answerId);
    const own = lead.find((o) => o.answerId === answerId);
    return { answerId, en: own?.en ?? of.map((o) => o.en).reduce(max, null), es: own?.es ?? of.map((o) => o.es).reduce(max, null) };
  });
  return { list, lead: lead[0]!.source, ordered: lead[0]!.ordered === 1 };
}
