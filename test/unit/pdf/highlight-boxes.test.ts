// The boxes "Show in PDF" draws (question_pages.boxes, codebooks/write/highlight-boxes.ts) sit on
// the question's words: checked against poppler's `pdftotext -bbox` word boxes (not pdf.js, which
// the build reads with), for every link with wording to highlight in long and short PDFs, English
// and Spanish. A word is under the highlight when its centre lies in one of the boxes; the words
// under it must be the link's words (folded as the viewer's find folds them), and nearly all of them.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { questionPdfPages } from '../../../electron/services/pdfs';
import { foldQuery } from '../../../renderer/src/features/pdf/find-text';
import { highlightFor } from '../../../renderer/src/features/pdf/links';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const FILES = [
  'Personal_and_Family_Health_History.pdf',
  'Survey_PaFHH_spn_Src.pdf',
  'Personal_Medical_History_Survey_English.pdf',
  'Personal_Medical_History_Survey_Spanish.pdf',
  'The_Basics.pdf',
  'The_Basics_Spanish.pdf',
  'COPE_survey_May_2020_Spanish.pdf',
];

interface Word {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: string;
}

/** Each page's words with their boxes, in points from the top-left corner (page i at i - 1). */
function bboxWords(path: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return html.split(/<page /).slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
    })),
  );
}

/** How many of `a`'s tokens are in `b` (as multisets). */
function common(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) if ((left.get(t) ?? 0) > 0) (n++, left.set(t, left.get(t)! - 1));
  return n;
}

const db = openRealDb();
afterAll(() => db.close());

describe('highlight boxes against pdftotext word boxes', () => {
  for (const file of FILES) {
    it(file, async () => {
      const doc = db.prepare('SELECT d.id, f.source FROM documents d JOIN document_files f ON f.document_id = d.id WHERE f.file = ?').get(file) as { id: number; source: string };
      const words = bboxWords((await realSource(doc.source)).path);
      const items = db.prepare(`SELECT DISTINCT coalesce(i.code, CAST(i.concept_id AS TEXT)) FROM question_pages qp JOIN items i ON i.id = qp.item_id WHERE qp.document_id = ? AND qp.method IN ('printed', 'exact', 'tail', 'other-wording') ORDER BY qp.page, i.id`).pluck().all(doc.id) as string[];
      // At most ~80 links a file, spread over the whole document (the service's answer per item is the slow part).
      const step = Math.max(1, Math.ceil(items.length / 80));
      let withWords = 0;
      const results: { recall: number; precision: number; page: number; q: string }[] = [];
      for (const item of items.filter((_, i) => i % step === 0)) {
        const pages = questionPdfPages(db, item)!;
        const p = pages.pages.find((x) => x.document.id === doc.id);
        const q = p && highlightFor(p.method, pages.text[p.document.language], p.printed);
        if (!p || !q) continue;
        withWords++;
        if (!p.boxes) continue;
        const inside = words[p.page - 1]!.filter((w) => {
          const cx = (w.x1 + w.x2) / 2;
          const cy = (w.y1 + w.y2) / 2;
          return p.boxes!.some(([x, top, bw, bh]) => cx >= x - 1 && cx <= x + bw + 1 && cy >= top - 1 && cy <= top + bh + 1);
        });
        const got = inside.flatMap((w) => foldQuery(w.text).split(' ')).filter(Boolean);
        let want = foldQuery(q).split(' ');
        // A print that goes on over the page break: the words of it this page ends with (at most its
        // number after them) are all there is to highlight here.
        const last = words[p.page - 1]!.indexOf(inside[inside.length - 1]!);
        const pageEnds = inside.length > 0 && words[p.page - 1]!.slice(last + 1).length <= 2;
        if (pageEnds && got.length >= 4 && got.length < want.length && got.join(' ') === want.slice(0, got.length).join(' ')) want = want.slice(0, got.length);
        results.push({ recall: common(want, got) / want.length, precision: got.length ? common(got, want) / got.length : 0, page: p.page, q });
      }
      // PMH English prints most questions as generic follow-ups, placed by shingles (left out here): 14 links.
      expect(withWords, 'links with wording to highlight').toBeGreaterThanOrEqual(12);
      // A link whose words the build did not find keeps the viewer's own search: rare.
      expect(results.length / withWords, 'share of links with boxes').toBeGreaterThanOrEqual(0.97);
      for (const r of results) {
        expect(r.recall, `p.${r.page} "${r.q}": its words under the boxes`).toBeGreaterThanOrEqual(0.9);
        expect(r.precision, `p.${r.page} "${r.q}": no other words under the boxes`).toBeGreaterThanOrEqual(0.85);
      }
      // A footnote number or a split token costs a word here and there; nearly every link is exact.
      expect(results.filter((r) => r.recall === 1 && r.precision === 1).length / results.length).toBeGreaterThanOrEqual(0.95);
    }, 60_000);
  }
});

// The English COPE PDFs echo a wording after its print as "[Original Source Question Text: …]":
// a box there marks the echo, not the question (the second "How many days per week?" of a page
// once landed on the first one's echo).
const ECHO_FILES = ['COPE_survey_May_2020_English.pdf', 'COPE_survey_June_2020_English.pdf', 'COPE_survey_July_2020_English.pdf', 'COPE_survey_Nov_2020_English.pdf', 'COPE_survey_Dec_2020_English.pdf', 'Lifestyle.pdf'];

describe('highlight boxes are never on an "Original Source Question Text" echo', () => {
  it.each(ECHO_FILES)('%s', async (file) => {
    const doc = db.prepare('SELECT d.id, f.source FROM documents d JOIN document_files f ON f.document_id = d.id WHERE f.file = ?').get(file) as { id: number; source: string };
    const words = bboxWords((await realSource(doc.source)).path);
    const rows = db.prepare('SELECT page, boxes FROM question_pages WHERE document_id = ? AND boxes IS NOT NULL').all(doc.id) as { page: number; boxes: string }[];
    expect(rows.length).toBeGreaterThan(20);
    const echoes: string[] = [];
    for (const r of rows) {
      const [x, top, , bh] = (JSON.parse(r.boxes) as number[][])[0]!;
      const page = words[r.page - 1]!;
      // The first word under the box, and the 60 words pdftotext reads before it.
      const first = page.findIndex((w) => (w.y1 + w.y2) / 2 >= top! - 1 && (w.y1 + w.y2) / 2 <= top! + bh! + 1 && w.x2 > x! + 1);
      const before = page.slice(Math.max(0, first - 60), first).map((w) => w.text).join(' ');
      const echo = before.lastIndexOf('[Original');
      // Inside an echo: opened and neither closed nor ended by an answer or a branching line (some are never closed).
      if (echo >= 0 && before.lastIndexOf(']') < echo && !/Branching|[○●•▪]/.test(before.slice(echo))) echoes.push(`p.${r.page} ${r.boxes}`);
    }
    expect(echoes).toEqual([]);
  }, 60_000);
});

describe('prints worded alike on one page are each highlighted at their own place', () => {
  it('every document: two items whose prints on a page fold to one wording never share a box', () => {
    const rows = db
      .prepare(
        `SELECT p.document_id AS doc, p.page, p.text, p.item_id AS item, qp.boxes FROM printed_questions p
         JOIN question_pages qp ON qp.item_id = p.item_id AND qp.document_id = p.document_id AND qp.page = p.page
         WHERE qp.method = 'printed' AND qp.boxes IS NOT NULL AND p.link_method IS NOT 'template'`,
      )
      .all() as { doc: number; page: number; text: string; item: number; boxes: string }[];
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const k = `${r.doc}|${r.page}|${foldQuery(r.text)}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    const shared: string[] = [];
    let pairs = 0;
    for (const [k, g] of groups) {
      const items = new Set(g.map((r) => r.item));
      if (items.size < 2) continue;
      pairs++;
      if (new Set(g.map((r) => r.boxes)).size < items.size) shared.push(k);
    }
    // Lifestyle.pdf p.2's two "Number of cigarettes per day:", HCAU Spanish p.8's "…de su" and "…de su." among them.
    expect(pairs).toBeGreaterThanOrEqual(2);
    expect(shared).toEqual([]);
  });
});
