// Follow-ups whose wording found no page of its own. Their parent question's page is right only
// when they are printed right below it, which is seldom so: a follow-up printed once per answer
// ("o Head and neck cancer", then "Are you still seeing a doctor ... for this condition?") is
// pages after the parent's checklist, and a code's wording ("... for head and neck cancer?") is
// often not the printed one. So, reading on from the parent's page, a follow-up is placed:
// - 'anchored': where its wording, or its first words, is printed after the heading of the answer
//   that opens it, before the next answer's heading (follow-up-pages.ts reads the headings);
//   or, an entry box, where its answer is printed as its box: "o Other lung condition: [FREE TEXT]",
//   or (one print only) followed by its branching line and "Please specify" ("None of these
//   describe me", The Basics p.5);
// - 'parent': its whole wording is printed on the parent's page and no other;
// - otherwise no page: a wrong page is worse than none. An entry box ("Other lung condition:
//   [FREE TEXT]") is not given the page where its answer is listed: PMH prints the boxes with the
//   follow-ups, pages after the checklist (an audit found 6 of 15 such pages wrong).
import type Database from 'better-sqlite3';
import { foldText, type PageIndex } from '../merge/page-match';
import { ENTRY_TYPES } from '../merge/printed-boxes';
import { foldLabel, segmentEnd, type Anchor, type DocumentText, type FollowUpReaders } from './follow-up-pages';

/** A wording's first words looked for under a heading: "are you still seeing a doctor". */
const LEAD_WORDS = 6;
/** How far after its heading a follow-up found by its first words may start (folded characters,
 *  about half a page): first words like "las siguientes preguntas son acerca de" recur further on. */
const LEAD_SPAN = 1500;
/** An answer's label is read where its question lists it, then where it heads its follow-ups (and
 *  once more: "when “Obesity” selected"). */
const MAX_OCCURRENCES = 3;

const lead = (folded: string) => folded.split(' ').slice(0, LEAD_WORDS).join(' ');

interface Orphan {
  item: number;
  document: number;
  language: 'en' | 'es';
  wording: string | null;
  fieldType: string | null;
}

export function pagesFromParents(db: Database.Database, indexes: Map<number, PageIndex>, { textOf, anchorsFor }: FollowUpReaders): number {
  const parentText = db.prepare(`SELECT p.text_en, p.text_es FROM branching b JOIN items p ON p.id = b.parent_id WHERE b.child_id = ? AND b.parent_id IS NOT NULL`);
  const insert = db.prepare('INSERT OR IGNORE INTO question_pages (item_id, document_id, page, method, score) VALUES (?, ?, ?, ?, 0)');
  const docText = (id: number) => textOf(indexes.get(id)!);
  let rows = 0;
  // Twice: a follow-up of a follow-up reads on from its parent's page, once that one has it.
  for (let round = 0; round < 2; round++) {
    for (const o of orphans(db)) {
      if (!indexes.has(o.document)) continue;
      const doc = docText(o.document);
      const anchors = anchorsFor(o.item, o.document, o.language);
      const parents = (parentText.all(o.item) as { text_en: string | null; text_es: string | null }[]).map((p) => (o.language === 'en' ? p.text_en : p.text_es));
      const leads = parents.map((p) => (p ? lead(foldText(p)) : ''));
      const starts = anchors.map((a) => questionStart(doc, a.parentPage, leads));
      const underHeading = o.wording ? headingPage(doc, foldLabel(o.wording), anchors, starts, leads) : null;
      if (underHeading !== null) {
        rows += insert.run(o.item, o.document, underHeading, 'anchored').changes;
        continue;
      }
      const box =
        boxPage(doc, anchors, starts, BOX) ??
        (o.fieldType === 'text' ? boxPage(doc, anchors, starts, SPECIFY, true) : null) ??
        (ENTRY_TYPES.has(o.fieldType ?? '') ? blankPage(doc, anchors, starts) : null);
      if (box !== null) {
        rows += insert.run(o.item, o.document, box, 'anchored').changes;
        continue;
      }
      const page = o.wording ? ownPage(doc, foldText(o.wording), anchors) : null;
      if (page !== null) rows += insert.run(o.item, o.document, page, 'parent').changes;
    }
  }
  return rows;
}

/** Follow-ups of a question with a page in a document of one of their own modules, with no page
 *  there themselves. A parent shared by two surveys (FHH and PFHH) does not take a follow-up of one
 *  into the other's PDF: PFHH p.90 prints its own "Including yourself, who in your family has had
 *  obesity?", not FHH's question. */
function orphans(db: Database.Database): Orphan[] {
  return db
    .prepare(
      `SELECT DISTINCT b.child_id AS item, qp.document_id AS document, d.language,
              CASE d.language WHEN 'en' THEN c.text_en ELSE c.text_es END AS wording, c.field_type AS fieldType
         FROM branching b JOIN question_pages qp ON qp.item_id = b.parent_id AND qp.method != 'parent'
         JOIN documents d ON d.id = qp.document_id JOIN items c ON c.id = b.child_id
        WHERE NOT EXISTS (SELECT 1 FROM question_pages x WHERE x.item_id = b.child_id AND x.document_id = qp.document_id)
          AND EXISTS (SELECT 1 FROM item_modules im WHERE im.item_id = b.child_id AND im.module_id = d.module_id)
        ORDER BY b.child_id, qp.document_id`,
    )
    .all() as Orphan[];
}

/** Where the parent question's wording (its first words, `leads`) starts on its page, or -1. */
function questionStart(doc: DocumentText, page: number, leads: string[]): number {
  for (const first of leads) {
    const i = first ? doc.indexOf(first, doc.pageStart(page)) : -1;
    if (i >= 0 && doc.pageAt(i) === page) return i;
  }
  return -1;
}

/** The page where the wording's first words follow an opening answer's heading closely, reading on
 *  from the parent question's wording, or null. First words that are the parent's own ("Thinking
 *  about your current social habits ...", "Las siguientes preguntas son acerca de") or the answer's
 *  label itself ("None of these fully describe me") tell nothing of where the follow-up is. */
function headingPage(doc: DocumentText, wording: string, anchors: Anchor[], starts: number[], parentLeads: string[]): number | null {
  const words = wording.split(' ').filter(Boolean);
  // As in page-match.ts: two words ("Kidney Conditions" under each relative) say nothing of where.
  if (words.length < 3) return null;
  const first = lead(wording);
  if (parentLeads.includes(first) || anchors.some((a) => a.label && wording.startsWith(a.label))) return null;
  for (const [k, a] of anchors.entries()) {
    if (!a.label || starts[k]! < 0) continue;
    // The answer in its question's list, then as a heading: not a same-named answer of a later question.
    let seen = 0;
    for (let at = doc.indexOf(a.label, starts[k]!); at >= 0 && seen < MAX_OCCURRENCES; at = doc.indexOf(a.label, at + 1), seen++) {
      const from = at + a.label.length + 1;
      const end = Math.min(segmentEnd(doc, from, a), from + LEAD_SPAN);
      const found = doc.indexOf(first, from);
      if (found >= 0 && found < end) return doc.pageAt(found);
    }
  }
  return null;
}

/** The parent's page, when the whole wording is printed there and on no other page. */
function ownPage(doc: DocumentText, wording: string, anchors: Anchor[]): number | null {
  if (wording.split(' ').length < 3) return null;
  const pages = new Set<number>();
  for (let at = doc.indexOf(wording, 0); at >= 0; at = doc.indexOf(wording, at + 1)) pages.add(doc.pageAt(at));
  const [only] = pages;
  return pages.size === 1 && anchors.some((a) => a.parentPage === only) ? only! : null;
}

/** An entry follow-up whose opening answer is itself printed as the blank ("o cigarrillos por día
 *  _____ [escala: 1-99]", Lifestyle_Spanish.pdf p.2): where that answer is printed once after its
 *  question. Keeping only those anchors keeps the starts of their questions. */
function blankPage(doc: DocumentText, anchors: Anchor[], starts: number[]): number | null {
  const k = anchors.flatMap((a, i) => (a.blank ? [i] : []));
  return k.length ? boxPage(doc, k.map((i) => anchors[i]!), k.map((i) => starts[i]!), ANY, true) : null;
}
const ANY = /^/;

/** What follows an answer printed as its entry box, folded: "Otro cáncer: [FREE TEXT]". */
const BOX = /^free text\b/;
/** Also, for a follow-up that is itself an entry box (field type text): "None of these describe me
 *  (PPI1585850 optional free text)", or its branching line then "Please specify" ("Por favor,
 *  especifique"). Any other word after the label (", and I want to specify") is not; a "Yes" followed
 *  so opens another question's box, not a select-all question's (COPE Dec 2020 p.7). */
const SPECIFY = /^(?:ppi\d+ )?(?:optional )?free text\b|^(?:branching logic (?:when|if) .{0,120}? selected (?:then )?)?(?:please specify|por favor especifique)\b/;

/** Where an opening answer is printed as an entry box, reading on from its question: the page of
 *  its prints (`once`: of its one print), or null (nested lists' "None of these fully describe me",
 *  each printed with its box, give none). */
function boxPage(doc: DocumentText, anchors: Anchor[], starts: number[], after: RegExp, once = false): number | null {
  // Where each print starts: two rules opening the box by the same answer read the same print.
  const prints = new Set<number>();
  for (const [k, a] of anchors.entries()) {
    if (!a.label || starts[k]! < 0) continue;
    for (let at = doc.indexOf(a.label, starts[k]!); at >= 0; at = doc.indexOf(a.label, at + 1)) {
      if (after.test(doc.text.slice(at + a.label.length + 1, at + a.label.length + 200))) prints.add(at);
    }
  }
  const pages = new Set([...prints].map((at) => doc.pageAt(at)));
  const [only] = pages;
  return pages.size === 1 && (!once || prints.size === 1) ? only! : null;
}
