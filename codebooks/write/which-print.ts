// A link's wording printed more than once on its page ("About how old were you when you were first
// told you had this condition?" under Anxiety, Bipolar disorder and Depression, Personal Medical
// History p.38): which print is the question's. A follow-up's is the one under the heading of the
// answer that opens it; questions worded alike on one page ("____ (age in years)" after the
// hysterectomy and after the ovary removal, Overall Health p.5) are printed in the questionnaire's
// order. Where neither tells, the first print, as the viewer's find would show.
import type Database from 'better-sqlite3';
import type { Anchor } from './follow-up-pages';
import { foldQuery, type FoldedPage } from '../../renderer/src/features/pdf/find-text';
import type { PageRun } from '../model/records';
import { push } from '../merge/group';

/** Start offsets of `query` in a folded page text, as the viewer's find counts them. */
export function printsOf(page: string, query: string): number[] {
  const out: number[] = [];
  for (let at = page.indexOf(query); at >= 0 && query; at = page.indexOf(query, at + query.length)) out.push(at);
  return out;
}

/** Offsets of `label` as whole words in `page`, outside the prints (a label inside the wording is no heading). */
function headings(page: string, label: string, prints: number[], length: number): number[] {
  const out: number[] = [];
  if (!label) return out;
  for (let at = page.indexOf(label); at >= 0; at = page.indexOf(label, at + 1)) {
    const whole = (at === 0 || page[at - 1] === ' ') && (at + label.length === page.length || page[at + label.length] === ' ');
    if (whole && !prints.some((p) => at >= p && at < p + length)) out.push(at);
  }
  return out;
}

/** Which of the prints (folded offsets; all of `query`'s unless given) is under one of the item's
 *  answers' headings: the first whose nearest heading before it is the item's own, or, with the
 *  heading on the page before (`pageBefore`, folded) and none on this one, the first before any
 *  other answer's heading. Null when the pages do not tell. */
export function printUnderHeading(page: string, query: string, anchors: Anchor[], prints = printsOf(page, query), pageBefore = ''): number | null {
  const own = new Set(anchors.map((a) => foldQuery(a.label)).filter(Boolean));
  if (prints.length < 2 || own.size === 0) return null;
  const found: { at: number; end: number; own: boolean }[] = [];
  for (const label of own) for (const at of headings(page, label, prints, query.length)) found.push({ at, end: at + label.length, own: true });
  const others = new Set(anchors.flatMap((a) => a.siblings.map((s) => foldQuery(s))).filter((s) => s && !own.has(s)));
  for (const label of others) for (const at of headings(page, label, prints, query.length)) found.push({ at, end: at + label.length, own: false });
  // A label inside a longer one's heading is none: "Accidente cerebrovascular" in "Ataque isquémico
  // transitorio (AIT o accidente cerebrovascular transitorio)".
  const marks = found.filter((m) => !found.some((o) => o !== m && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at));
  marks.sort((a, b) => a.at - b.at);
  const ownOnPage = marks.some((m) => m.own);
  // Its heading on the page before, the prints at the top of this one are still under it.
  const ownBefore = !ownOnPage && [...own].some((label) => headings(pageBefore, label, [], 0).length > 0);
  for (let n = 0; n < prints.length; n++) {
    const before = marks.filter((m) => m.at < prints[n]!).pop();
    if (before ? before.own : ownBefore) return n;
  }
  return null;
}

export interface Link {
  item: number;
  document: number;
  page: number;
  text: string;
}

/** Whether the print at folded offset `at` opens its line or follows a gap in it (a bullet before
 *  it at most; a run's `eol` marks both): a question's own print, not words inside a longer
 *  sentence ("...the following mental health or substance use conditions?" under the heading
 *  "Mental Health or Substance Use Conditions"). */
export function opensLine(runs: PageRun[], folded: FoldedPage, at: number): boolean {
  const from = folded.from[at];
  if (!from) return false;
  if (/[\p{L}\p{N}]/u.test(runs[from.item]!.str.slice(0, from.offset))) return false;
  for (let k = from.item - 1; k >= 0 && !runs[k]!.eol; k--) if (/[\p{L}\p{N}]/u.test(runs[k]!.str)) return false;
  return true;
}

/** For links worded alike on one page, each one's print by the questionnaire's order, where as many
 *  questions as prints share the wording there and every print opens its line (`prints`: how many,
 *  or null where one does not); keyed `item|document`. */
export function printsInOrder<L extends Link>(db: Database.Database, links: L[], prints: (l: L) => number | null): Map<string, number> {
  const position = db.prepare('SELECT im.position FROM item_modules im JOIN documents d ON d.module_id = im.module_id WHERE im.item_id = ? AND d.id = ?').pluck();
  const groups = new Map<string, L[]>();
  for (const l of links) {
    const key = `${l.document}|${l.page}|${foldQuery(l.text)}`;
    push(groups, key, l);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((l) => l.item)).size !== group.length || prints(group[0]!) !== group.length) continue;
    const ordered = group.map((l) => ({ l, at: position.get(l.item, l.document) as number | null }));
    if (ordered.some((o) => o.at === null) || new Set(ordered.map((o) => o.at)).size !== group.length) continue;
    ordered.sort((a, b) => a.at! - b.at!);
    ordered.forEach((o, n) => out.set(`${o.l.item}|${o.l.document}`, n));
  }
  return out;
}
