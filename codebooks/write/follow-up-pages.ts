// Follow-ups printed once per answer, under the answer as a heading ("o Obesity", then "Are you
// still seeing a doctor ... for this condition?"): their wording is on many pages, and the first of
// them is another answer's. Such a follow-up's page is where its wording comes after the heading
// of the answer that opens it, with no other answer of the same question in between, reading on
// from the page of that question. Found nowhere so: no page of its own (parent-pages.ts may give one).
import type Database from 'better-sqlite3';
import { foldText, OWN_SHARE, SHINGLE_THRESHOLD, type PageHit, type PageIndex } from '../merge/page-match';

/** How far after a heading its follow-ups can be printed (folded characters: two or three pages). */
const MAX_SPAN = 6000;

export interface Anchor {
  parentPage: number;
  label: string;
  siblings: string[];
  /** The answer is itself printed as an entry blank ("cigarrillos por día _____ [escala: 1-99]"). */
  blank?: boolean;
}

/** A document's folded pages as one text, to read across page breaks. */
export class DocumentText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(index: PageIndex) {
    // Padded with a space each side, so that every word is found as ` word `.
    let at = 1;
    for (const page of index.folded) {
      this.starts.push(at);
      at += page.length + 1;
    }
    this.text = ` ${index.folded.join(' ')} `;
  }

  pageStart(page: number): number {
    return this.starts[page - 1] ?? this.text.length;
  }

  pageAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset of ` word… ` (whole words) at or after `from`, or -1. */
  indexOf(folded: string, from: number): number {
    const i = this.text.indexOf(` ${folded} `, Math.max(0, from - 1));
    return i < 0 ? -1 : i + 1;
  }

  /** indexOf(), when the offset is before `end`; else -1. Reads no further than needed. */
  indexBefore(folded: string, from: number, end: number): number {
    const start = Math.max(0, from - 1);
    // A match at offset j < end starts at j - 1 and ends by end + folded.length.
    const i = this.text.slice(start, Math.max(start, end + folded.length)).indexOf(` ${folded} `);
    return i < 0 ? -1 : start + i + 1;
  }
}

/** Each document's text, made once and shared by the follow-up passes (page-index.ts, parent-pages.ts). */
export function documentTexts(): (index: PageIndex) => DocumentText {
  const texts = new Map<PageIndex, DocumentText>();
  return (index) => {
    let t = texts.get(index);
    if (!t) texts.set(index, (t = new DocumentText(index)));
    return t;
  };
}

/** What the follow-up passes read: each document's text, and the answers that open an item. */
export interface FollowUpReaders {
  textOf: (index: PageIndex) => DocumentText;
  anchorsFor: ReturnType<typeof anchorReader>;
}

/** The page of `hit`'s wording under the first anchor whose heading it follows, or null. */
export function anchoredPage(doc: DocumentText, wording: string, hit: PageHit, anchors: Anchor[], said: ReadonlySet<string> = new Set()): number | null {
  const q = foldText(hit.method === 'tail' ? (/:\s*([^:]+)$/.exec(wording)?.[1] ?? wording) : wording);
  const words = q.split(' ');
  for (const a of anchors) {
    if (!a.label) continue;
    for (let at = doc.indexOf(a.label, doc.pageStart(a.parentPage)); at >= 0; at = doc.indexOf(a.label, at + 1)) {
      const from = at + a.label.length + 1;
      const end = segmentEnd(doc, from, a);
      const found = hit.method === 'shingles' ? firstShingle(doc.text, from, end, words, said) : doc.indexBefore(q, from, end);
      if (found >= 0 && found < end) return doc.pageAt(found);
    }
  }
  return null;
}

/** Where the answer's heading ending at `from` is followed by another answer's, or MAX_SPAN on. */
export function segmentEnd(doc: DocumentText, from: number, a: Anchor): number {
  let end = Math.min(doc.text.length, from + MAX_SPAN);
  for (const s of a.siblings) {
    const j = s && s !== a.label && !a.label.includes(s) ? doc.indexBefore(s, from, end) : -1;
    if (j >= 0 && j < end) end = j;
  }
  return end;
}

/** Where the segment holds enough of the wording's 3-grams, and of those its opening answer does
 *  not say (`said`: "Cáncer de piel" is printed as the heading too), the first of the latter; else -1. */
function firstShingle(text: string, from: number, end: number, words: string[], said: ReadonlySet<string>): number {
  const segment = text.slice(from - 1, end + 1);
  const [all, own] = [{ n: 0, held: 0 }, { n: 0, held: 0 }];
  let first = -1;
  const grams = Array.from({ length: Math.max(0, words.length - 2) }, (_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  // A wording that is its answer's label and no more is looked for by all of it (page-match.ts).
  const rest = grams.some((g) => !said.has(g));
  for (const gram of grams) {
    const mine = !rest || !said.has(gram);
    const j = segment.indexOf(` ${gram} `);
    all.n++;
    if (mine) own.n++;
    if (j < 0) continue;
    all.held++;
    if (!mine) continue;
    own.held++;
    if (first < 0 || j < first) first = j;
  }
  const enough = all.held / Math.max(1, all.n) >= SHINGLE_THRESHOLD && own.held / Math.max(1, own.n) >= OWN_SHARE;
  return enough && first >= 0 ? from + first : -1;
}

/** Reads the answers that open an item, each with its question's page in the document and the
 *  question's other answers; the statements are prepared once per build, and each question's
 *  answers read and folded once (the pages, which the passes add as they go, are read each time). */
export function anchorReader(db: Database.Database, { hidden = 'named' }: { hidden?: 'named' | 'others' } = {}): (itemId: number, documentId: number, language: 'en' | 'es') => Anchor[] {
  const rules = db.prepare(
    `SELECT b.parent_id, b.answer_ids, b.shown_when, min(qp.page) AS page FROM branching b
       JOIN question_pages qp ON qp.item_id = b.parent_id AND qp.document_id = ? AND qp.method != 'parent'
      WHERE b.child_id = ? AND b.parent_id IS NOT NULL GROUP BY b.parent_id, b.answer_ids, b.shown_when ORDER BY min(b.id)`,
  );
  const label = (l: 'en' | 'es') =>
    db.prepare(`SELECT o.answer_id, coalesce(o.label_${l}, a.text_${l}) AS label, q.text_${l} AS question
      FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE o.question_id = ?`);
  const labels = { en: label('en'), es: label('es') };
  const fold = (l: string | null) => (l ? foldLabel(l) : '');
  const answers = new Map<string, { answer_id: number; label: string; blank: boolean }[]>();
  const answersOf = (question: number, language: 'en' | 'es') => {
    const key = `${language}|${question}`;
    let out = answers.get(key);
    if (!out) {
      const rows = labels[language].all(question) as { answer_id: number; label: string | null; question: string | null }[];
      // Some codebooks label an answer "<its question> - Obesity": the answer alone is printed.
      out = rows.map((o) => ({ answer_id: o.answer_id, label: fold(o.question && o.label?.startsWith(`${o.question} - `) ? o.label.slice(o.question.length + 3) : o.label), blank: /_{3,}/.test(o.label ?? '') }));
      answers.set(key, out);
    }
    return out;
  };
  return (itemId, documentId, language) => {
    const out: Anchor[] = [];
    for (const r of rules.all(documentId, itemId) as { parent_id: number; answer_ids: string; shown_when: 'shown' | 'hidden'; page: number }[]) {
      const options = answersOf(r.parent_id, language);
      const named = new Set(JSON.parse(r.answer_ids) as number[]);
      // A rule that hides the item after some answers ("No", "Not sure") is opened by the others. The
      // page passes read the named ones as headings still: where the answers are listed before one
      // "Branching Logic if "Yes"" line (Overall_Health_Spanish.pdf p.4) the others' heading "Sí" is
      // followed by "No estoy segura" at once, and the item's page would be the next question's.
      const opening = r.shown_when === 'shown' || hidden === 'named' ? named : new Set(options.map((o) => o.answer_id).filter((id) => !named.has(id)));
      const siblings = options.filter((o) => !opening.has(o.answer_id) && o.label.length > 0).map((o) => o.label);
      for (const o of options) if (opening.has(o.answer_id) && o.label) out.push({ parentPage: r.page, label: o.label, siblings, blank: o.blank });
    }
    return out;
  };
}

/** A label or wording folded as printed, without a trailing entry marker (": [FREE TEXT]"). */
export function foldLabel(l: string): string {
  return foldText(l.replace(/:?\s*\[[^\]]*\]\s*$/, ''));
}
