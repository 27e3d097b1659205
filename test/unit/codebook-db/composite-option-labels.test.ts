// The data browser labels PFHH answers "<question> - <answer>"; under its question an option is
// labelled with the answer as the English instrument prints it (composite-option-labels.ts). Checked
// against the raw data browser table and the PDFs read with pdftotext, not with pdf.js as the build does.
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';
import { answerPageReader, squash } from '../../helpers/answer-page';

const db = openRealDb();
afterAll(() => db.close());
const SOURCE = 'data-browser:pfhh_qa_metadata.csv';

interface OptionRow {
  question_id: number;
  label_en: string;
  source: string | null;
  at: string | null;
}

async function compositeRows() {
  return (await csvRows(SOURCE))
    .map(({ v }) => ({ question: Number(v.question_concept_id), answer: Number(v.answer_concept_id), label: v.answer! }))
    .filter((r) => r.label.includes(' - '));
}

const optionOf = db.prepare(`SELECT q.id AS question_id, o.label_en, p.source, p.at FROM options o
  JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
  LEFT JOIN provenance p ON p.item_id = a.id AND p.context_id = q.id AND p.field = 'option.label.en' AND p.chosen = 1
  WHERE q.concept_id = ? AND a.concept_id = ?`);

const pageAfterQuestion = answerPageReader(db);

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
      const found = await pageAfterQuestion(o.source, o.question_id, o.label_en, page);
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

  it("cite, as a conflict's chosen side, the very source and page their chosen label's fact cites", () => {
    // Every label conflict: its question (by code or alias) has an option whose chosen label fact
    // has the conflict's chosen value and cites the same source and page.
    const rows = db.prepare(`SELECT c.subject, c.chosen, c.chosen_source FROM conflicts c WHERE c.field = 'label.en'`).all() as { subject: string; chosen: string; chosen_source: string }[];
    const idsOf = new Map<string, number[]>();
    const ids = db.prepare(`SELECT lower(code) AS key, id FROM items WHERE code IS NOT NULL UNION SELECT alias_lower, item_id FROM item_aliases`).all() as { key: string; id: number }[];
    for (const { key, id } of ids) idsOf.set(key, [...(idsOf.get(key) ?? []), id]);
    const cites = new Map<string, Set<string>>();
    const facts = db.prepare(`SELECT context_id AS question, value, source || coalesce(' (' || at || ')', '') AS cite FROM provenance
      WHERE field = 'option.label.en' AND chosen = 1 AND context_id IS NOT NULL`).all() as { question: number; value: string; cite: string }[];
    for (const f of facts) cites.set(`${f.question}|${f.value}`, (cites.get(`${f.question}|${f.value}`) ?? new Set()).add(f.cite));
    expect(rows.length).toBeGreaterThan(2000);
    const differ = rows.filter((r) => !(idsOf.get(r.subject.split(' → ')[0]!) ?? []).some((q) => cites.get(`${q}|${r.chosen}`)?.has(r.chosen_source)));
    expect(differ).toEqual([]);
  });
});
