// Where a release's list is shown as its English PDF prints it and its Spanish PDF prints as many
// answers under the question, each answer's Spanish is the Spanish PDF's answer at the same row:
// PFHH's "Head and neck cancer (...)" had none although the Spanish PDF prints it, The Basics'
// hearing question (Data Browser answers "Deaf: Yes") had none at all, Overall Health's pain scale
// none either. Both PDFs read with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const loose = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const BULLET = /^[●○❏▪•]\s*/;

type Line = { text: string; indent: number };
const joins = new WeakMap<Line[], { text: string; ends: number[] }>();
/** The file's lines as one text, and where each line ends in it. */
function joined(lines: Line[]) {
  let j = joins.get(lines);
  if (!j) {
    j = { text: '', ends: [] };
    for (const l of lines) (j.text += (j.text ? ' ' : '') + squash(l.text)), j.ends.push(j.text.length);
    joins.set(lines, j);
  }
  return j;
}

/** The answers printed under the question that starts with `question`, once in the file; else null. */
function printedAnswers(lines: Line[], question: string): string[] | null {
  const { text, ends } = joined(lines);
  const q = squash(question);
  const at = text.indexOf(q);
  if (at < 0 || text.indexOf(q, at + 1) >= 0) return null;
  const line = ends.findIndex((e) => e >= at + q.length);
  const out: string[] = [];
  // Indents wander a few columns from page to page; a follow-up question's answers sit deeper.
  let indent = -1, last = -1;
  let open = false; // the last line read is an answer, so a line indented under it goes on with it
  for (const l of lines.slice(line + 1)) {
    const bullet = BULLET.test(l.text);
    if (indent < 0 && !bullet) {
      if (/^\[|^\(/.test(l.text)) continue; // the original source's wording, help text
      if (lines.indexOf(l) > line + 4) return null;
      continue;
    }
    if (indent < 0) indent = l.indent;
    if (l.indent < indent - 3 || (/^_{5,}/.test(l.text) && l.indent < indent)) break; // a section rule, not an entry line
    if (bullet && l.indent <= indent + 1) (out.push(l.text.replace(BULLET, '')), (open = true), (last = l.indent));
    else if (!bullet && l.indent <= indent + 1) { if (open) break; } // a new question; else a follow-up's line
    else if (open && !bullet && !/^Branching/i.test(l.text) && l.indent > last && l.indent <= last + 4) out[out.length - 1] += ` ${l.text}`;
    else open = false;
  }
  return out.length ? out.map(squash) : null;
}

describe('answers in the Spanish print’s words', () => {
  for (const slug of ['pfhh', 'basics', 'lifestyle', 'overall-health', 'sdoh']) {
    it(`${slug}: each answer of a printed list has the Spanish PDF's answer at its row`, async () => {
      const { id } = db.prepare('SELECT r.id FROM releases r JOIN modules m ON m.id = r.module_id WHERE m.slug = ? AND r.is_current = 1').get(slug) as { id: string };
      const pdf = (lang: string) => db.prepare("SELECT source FROM release_sources WHERE release_id = ? AND role = 'instrument-pdf' AND language = ?").pluck().get(id, lang) as string;
      const lines = async (lang: string) => pdfPages((await realSource(pdf(lang))).path).flat();
      const [en, es] = [await lines('en'), await lines('es')];
      const texts = db.prepare(`SELECT i.code, t.lang, t.text FROM release_texts t JOIN items i ON i.id = t.item_id
        WHERE t.release_id = ? AND t.source LIKE 'pdf:%' AND i.code IS NOT NULL`).all(id) as { code: string; lang: string; text: string }[];
      // As the trainer shows each question's answers (the outline's list too), "Skip" aside.
      const shown = new Map(surveyPresentation(db, slug, id)!.rows.map((r) => [r.code, r.answers.filter((a) => !/^(pmi )?skip$/.test(loose(a.text.en ?? '')))]));
      let checked = 0;
      for (const t of texts.filter((x) => x.lang === 'en')) {
        const esText = texts.find((x) => x.code === t.code && x.lang === 'es')?.text;
        const list = shown.get(t.code)?.map((a) => a.text);
        const printedEn = printedAnswers(en, t.text);
        const printedEs = esText ? printedAnswers(es, esText) : null;
        if (!list || !printedEn || !printedEs || printedEs.length !== printedEn.length) continue;
        if (list.length !== printedEn.length || list.some((o, i) => loose(o.en ?? '').replaceAll(' ', '') !== loose(printedEn[i]!).replaceAll(' ', ''))) continue;
        // pdftotext may join "1 o 2" as "1o2": spacing aside, the same characters.
        const shownEs = list.map((o) => (o.es ?? '').replace(/\s+/g, ''));
        const rows = printedEs.map((p) => p.replace(/\s+/g, ''));
        // A Spanish print in another order (The Basics' insurance types: employer first) is no row-by-row print.
        if (shownEs.some((e, i) => rows.includes(e) && rows.indexOf(e) !== i)) continue;
        checked++;
        expect(shownEs, `${id} ${t.code}`).toEqual(rows);
      }
      expect(checked).toBeGreaterThan(3);
    });
  }
});
