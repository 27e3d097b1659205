// The page index: for each question, the page of each PDF of its modules where it is printed.
// A printed question already linked to the item gives its page directly; otherwise the
// question's wording (English against English PDFs, Spanish against Spanish) is looked up in
// the page texts (codebooks/merge/page-match.ts). A wording printed on several pages (a follow-up
// repeated under each answer) takes the page under its answer's heading, or none; a follow-up
// found nowhere is looked for under that heading too (parent-pages.ts). Runs inside the build.
import type Database from 'better-sqlite3';
import { pageWordings } from './tied-page-wordings';
import type { MergedDocument } from '../merge/provenance-sources';
import { foldText, PageIndex, type NotHere, type PageHit } from '../merge/page-match';
import { anchoredPage, anchorReader, documentTexts, type FollowUpReaders } from './follow-up-pages';
import { pagesFromParents } from './parent-pages';
import { pagesFromOtherWordings } from './other-wording-pages';
import { pagesOfSubLists } from './sub-list-pages';
import { openingGrams } from './opening-grams';
import { push } from '../merge/group';
import { twinsPages, twinWords, type TwinWords } from '../merge/twin-wordings';

interface DocRow {
  id: number;
  sha256: string;
  module_id: number;
  language: 'en' | 'es';
}
interface QuestionRow {
  id: number;
  module_id: number;
  text_en: string | null;
  text_es: string | null;
  concept_id: number | null;
}

export function writePageIndex(db: Database.Database, documents: Pick<MergedDocument, 'sha256' | 'pageTexts'>[]): number {
  const texts = new Map(documents.map((d) => [d.sha256, d.pageTexts]));
  const docs = db.prepare('SELECT id, sha256, module_id, language FROM documents WHERE module_id IS NOT NULL').all() as DocRow[];
  const printed = new Map<string, number>();
  const printedRows = db
    .prepare('SELECT item_id, document_id, min(page) AS page FROM printed_questions WHERE item_id IS NOT NULL AND page IS NOT NULL GROUP BY item_id, document_id')
    .all() as { item_id: number; document_id: number; page: number }[];
  for (const r of printedRows) printed.set(`${r.item_id}|${r.document_id}`, r.page);
  const questions = db
    .prepare(`SELECT i.id, im.module_id, i.text_en, i.text_es, i.concept_id FROM item_modules im JOIN items i ON i.id = im.item_id WHERE i.kind = 'question'`)
    .all() as QuestionRow[];
  const byModule = new Map<number, QuestionRow[]>();
  for (const q of questions) push(byModule, q.module_id, q);

  // `wording`: the words found, where not the item's own (a tied code's, highlighted as printed).
  const insert = db.prepare('INSERT OR IGNORE INTO question_pages (item_id, document_id, page, method, score, wording) VALUES (?, ?, ?, ?, ?, ?)');
  let rows = 0;
  const { tied, shared } = pageWordings(db);
  const pending: Pending[] = [];
  const indexes = new Map<number, PageIndex>();
  const saidBy = openingGrams(db);
  const twinsOf = seriesTwins(byModule, tied);
  for (const d of docs) {
    const index = new PageIndex(texts.get(d.sha256) ?? []);
    indexes.set(d.id, index);
    const notHere = twinsOf(d.module_id, d.language);
    for (const q of byModule.get(d.module_id) ?? []) {
      const page = printed.get(`${q.id}|${d.id}`);
      if (page !== undefined) {
        rows += insert.run(q.id, d.id, page, 'printed', 1, null).changes;
        continue;
      }
      const text = d.language === 'en' ? q.text_en : q.text_es;
      const wordings = tied.get(`${q.id}|${d.language}`) ?? (text ? [text] : []);
      const said = saidBy(q.id, d.language);
      let hit = null;
      let wording = '';
      for (const w of wordings) if ((hit = index.find((wording = w), said, notHere(w, said)))) break;
      if (!hit && text && !wordings.includes(text)) hit = index.find((wording = text), said, notHere(text, said));
      // A wording of its sources that other items share ("...for this condition?", the payloads'
      // under every condition): printed word for word under its answer's heading (placeFollowUps),
      // it names the page and the print better than a near match of its own ("...for bipolar
      // disorder?"), which stands where it is under no such heading (`instead`). Only a wording
      // printed on several pages: one printed once is placed under no heading. Method
      // 'other-wording': words not its own.
      let instead: Pending['instead'];
      let method: string | undefined = hit?.method;
      if (hit?.method !== 'exact' && hit?.method !== 'tail') {
        for (const w of shared.get(`${q.id}|${d.language}`) ?? []) {
          const exact = index.find(w, said, notHere(w, said));
          if (exact?.method !== 'exact' || !exact.alsoOn) continue;
          [instead, hit, wording, method] = [hit ? { hit, wording } : undefined, exact, w, 'other-wording'];
          break;
        }
      }
      const found = (method === 'exact' || method === 'other-wording') && wording !== text ? wording : null;
      if (hit?.alsoOn) pending.push({ item: q.id, doc: d, index, wording, found, hit, method: method!, said, instead });
      else if (hit) rows += insert.run(q.id, d.id, hit.page, method, hit.score, found).changes;
    }
  }
  const readers: FollowUpReaders = { textOf: documentTexts(), anchorsFor: anchorReader(db) };
  rows += placeFollowUps(pending, insert, readers) + pagesFromParents(db, indexes, readers);
  rows += pagesFromIds(docs, byModule, indexes, insert);
  const shaOf = new Map(docs.map((d) => [d.id, d.sha256]));
  pagesOfSubLists(db, (doc) => texts.get(shaOf.get(doc)!) ?? [], (item, language) => tied.get(`${item}|${language}`) ?? []);
  return rows + pagesFromOtherWordings(db, { docs, questionsOf: (m) => byModule.get(m) ?? [], indexes, said: saidBy, notHere: twinsOf, readers });
}

/** For a module's wordings in a language, the pages a wording-overlap match must not take: its
 *  twins' (one of a series worded alike but for a word or two, twin-wordings.ts). */
function seriesTwins(byModule: Map<number, QuestionRow[]>, tied: Map<string, string[]>): (module: number, language: 'en' | 'es') => (wording: string, said: ReadonlySet<string>) => NotHere | undefined {
  const made = new Map<string, Map<string, TwinWords[]>>();
  return (module, language) => {
    const key = `${module}|${language}`;
    let twins = made.get(key);
    if (!twins) {
      const wordings = (byModule.get(module) ?? []).flatMap((q) => {
        const text = language === 'en' ? q.text_en : q.text_es;
        return [...(tied.get(`${q.id}|${language}`) ?? []), ...(text ? [text] : [])].map((t) => ({ item: q.id, text: t }));
      });
      made.set(key, (twins = twinWords(wordings)));
    }
    const found = twins;
    return (wording, said) => {
      const list = found.get(foldText(wording));
      return list ? (pages) => twinsPages(pages, list, said) : undefined;
    };
  };
}

/** Last, a question still without a page in a document that prints its concept ID ("PPI1585917
 *  Relationship to Respondent", 1586134.pdf p.10) on one page: that page. */
function pagesFromIds(docs: DocRow[], byModule: Map<number, QuestionRow[]>, indexes: Map<number, PageIndex>, insert: Database.Statement): number {
  let rows = 0;
  for (const d of docs) {
    const index = indexes.get(d.id)!;
    for (const q of byModule.get(d.module_id) ?? []) {
      const page = q.concept_id != null ? index.idPage(q.concept_id) : null;
      // Its own method: the wording is not what was found, so "Show in PDF" has none to look for.
      if (page !== null) rows += insert.run(q.id, d.id, page, 'printed-id', 1, null).changes;
    }
  }
  return rows;
}

interface Pending {
  item: number;
  doc: DocRow;
  index: PageIndex;
  wording: string;
  /** The wording to store as found (not the item's own), or null. */
  found: string | null;
  hit: PageHit;
  /** The hit's method, or 'other-wording' for a wording other items share. */
  method: string;
  said: ReadonlySet<string>;
  /** The item's own near match, taken where the hit is under no heading of its own. */
  instead?: { hit: PageHit; wording: string };
}

/** Wordings printed on several pages: the page under the heading of the answer that opens them
 *  (follow-up-pages.ts). Twice, so that a follow-up of a follow-up finds its parent's page. */
function placeFollowUps(pending: Pending[], insert: Database.Statement, { textOf, anchorsFor }: FollowUpReaders): number {
  let rows = 0;
  let left = pending;
  for (let round = 0; round < 2 && left.length; round++) {
    const next: Pending[] = [];
    for (const p of left) {
      const page = anchoredPage(textOf(p.index), p.wording, p.hit, anchorsFor(p.item, p.doc.id, p.doc.language), p.said);
      if (page === null) next.push(p);
      else rows += insert.run(p.item, p.doc.id, page, p.method, p.hit.score, p.found).changes;
    }
    left = next;
  }
  for (const p of left) {
    const own = p.instead?.hit;
    // Its own match, placed as any other (under its heading, where printed on several pages).
    const page = !own ? null : own.alsoOn ? anchoredPage(textOf(p.index), p.instead!.wording, own, anchorsFor(p.item, p.doc.id, p.doc.language), p.said) : own.page;
    if (own && page !== null) rows += insert.run(p.item, p.doc.id, page, own.method, own.score, null).changes;
  }
  return rows;
}

/** Each document's printed version (documents.printed_version), which the releases read. */
export function writePrintedVersions(db: Database.Database, documents: { sha256: string; pageTexts: string[] }[]): void {
  const texts = new Map(documents.map((d) => [d.sha256, d.pageTexts]));
  const docs = db.prepare('SELECT id, sha256 FROM documents WHERE module_id IS NOT NULL').all() as Pick<DocRow, 'id' | 'sha256'>[];
  const version = db.prepare('UPDATE documents SET printed_version = ? WHERE id = ?');
  for (const d of docs) version.run(printedVersion(texts.get(d.sha256) ?? []), d.id);
}

/** "Version: May 31, 2018" near the top of the first pages: tells an older edition from the current one. */
export function printedVersion(pages: string[]): string | null {
  for (const text of pages.slice(0, 2)) {
    const m = /\bVersi[oó]n:?\s+([A-Za-zé]+\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Za-zé]+ \d{4})/.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
