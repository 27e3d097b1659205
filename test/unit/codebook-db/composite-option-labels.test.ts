// The data browser labels PFHH answers "<question> - <answer>"; under its question an option is
// labelled with the answer as the English instrument prints it (composite-option-labels.ts). Checked
// against the raw data browser table and the PDFs read with pdftotext, not with pdf.js as the build does.
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const SOURCE = 'data-browser:pfhh_qa_metadata.csv';
const squash = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

interface OptionRow {
  label_en: string;
  source: string | null;
  at: string | null;
}

async function compositeRows() {
  return (await csvRows(SOURCE))
    .map(({ v }) => ({ question: Number(v.question_concept_id), answer: Number(v.answer_concept_id), label: v.answer! }))
    .filter((r) => r.label.includes(' - '));
}

const optionOf = db.prepare(`SELECT o.label_en, p.source, p.at FROM options o
  JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
  LEFT JOIN provenance p ON p.item_id = a.id AND p.context_id = q.id AND p.field = 'option.label.en' AND p.chosen = 1
  WHERE q.concept_id = ? AND a.concept_id = ?`);

const streams = new Map<string, { text: string; lines: { at: number; page: number; squashed: string }[] }>();

/** A PDF as pdftotext reads it: its lines squashed and joined, each line's offset and page. */
async function stream(source: string) {
  let s = streams.get(source);
  if (!s) {
    const lines: { at: number; page: number; squashed: string }[] = [];
    let text = '';
    pdfPages((await realSource(source)).path).forEach((p, i) => {
      for (const l of p) {
        lines.push({ at: text.length, page: i + 1, squashed: squash(l.text) });
        text += squash(l.text);
      }
    });
    streams.set(source, (s = { text, lines }));
  }
  return s;
}

// Its prints in that PDF and its own wording; a print cut to its last line ("Select all that apply.") says nothing.
const wordingsOf = db.prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id
  JOIN items q ON q.id = p.item_id WHERE q.concept_id = ? AND d.source = ? UNION SELECT text_en FROM items WHERE concept_id = ?`).pluck();
const SHORTEST = 30;

/**
 * The page of the first line worded as `label` after the end of the question's print (its last
 * printing that starts on or before `page`), or null.
 */
async function pageAfterQuestion(source: string, question: number, label: string, page: number): Promise<number | null> {
  const s = await stream(source);
  let end = -1;
  for (const t of wordingsOf.all(question, source, question) as string[]) {
    const q = squash(t);
    if (q.length < SHORTEST) continue;
    for (let at = s.text.indexOf(q); at >= 0; at = s.text.indexOf(q, at + 1)) {
      const line = s.lines.findLast((l) => l.at <= at)!;
      if (line.page <= page && at + q.length > end) end = at + q.length;
    }
  }
  if (end < 0) return null;
  const want = squash(label);
  return s.lines.find((l) => l.at >= end && l.squashed === want)?.page ?? null;
}

describe('options the data browser labels "<question> - <answer>"', () => {
  it("are labelled with the answer, and cite the page of the first line worded so after their question's print (pdftotext), or keep the composite", async () => {
    const rows = await compositeRows();
    expect(rows.length).toBeGreaterThan(2000);
    let bare = 0;
    let cited = 0;
    const wrong: string[] = [];
    for (const r of rows) {
      const o = optionOf.get(r.question, r.answer) as OptionRow | undefined;
      if (!o || o.label_en === r.label) continue;
      bare++;
      const answer = r.label.slice(r.label.lastIndexOf(' - ') + 3);
      // The answer's words, no more, no fewer.
      if (squash(o.label_en) !== squash(answer)) wrong.push(`${r.label} → ${o.label_en}`);
      if (!o.source?.startsWith('pdf:')) continue;
      cited++;
      const page = Number(/^page (\d+)$/.exec(o.at ?? '')?.[1]);
      const found = await pageAfterQuestion(o.source, r.question, o.label_en, page);
      if (found !== page) wrong.push(`${o.source} ${o.at}: ${o.label_en} (after its question: page ${found})`);
    }
    expect(wrong).toEqual([]);
    expect(bare).toBeGreaterThan(2300);
    expect(cited).toBeGreaterThan(2300);
  });

  it('keep the composite as a fact of the data browser and as a conflict', async () => {
    const rows = (await compositeRows()).slice(0, 400);
    const fact = db.prepare(`SELECT count(*) FROM provenance p JOIN items q ON q.id = p.context_id JOIN items a ON a.id = p.item_id
      WHERE q.concept_id = ? AND a.concept_id = ? AND p.field = 'option.label.en' AND p.value = ? AND p.source = ?`).pluck();
    const conflict = db.prepare(`SELECT count(*) FROM conflicts WHERE field = 'label.en' AND other = ? AND chosen = ?`).pluck();
    let checked = 0;
    for (const r of rows) {
      const o = optionOf.get(r.question, r.answer) as OptionRow | undefined;
      if (!o || o.label_en === r.label) continue;
      checked++;
      expect({ label: r.label, facts: fact.get(r.question, r.answer, r.label, SOURCE) }).toEqual({ label: r.label, facts: 1 });
      expect({ label: r.label, conflicts: conflict.get(r.label, o.label_en) }).toEqual({ label: r.label, conflicts: 1 });
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('record no conflict between a label and the same words', () => {
    const rows = db.prepare(`SELECT chosen, other FROM conflicts WHERE field = 'label.en'`).all() as { chosen: string; other: string }[];
    expect(rows.filter((r) => squash(r.chosen) === squash(r.other))).toEqual([]);
  });
});
