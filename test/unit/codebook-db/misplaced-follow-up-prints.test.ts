// COPE Winter 2021 and New Year 2022 (English p.5) print the follow-up of the second-dose question
// with the wording of the additional-dose follow-up, which the same PDFs print again (p.8) under
// the additional-dose question. A print belongs to the follow-up of the question it is printed
// under; the additional-dose item's Spanish is its own print's, not the second-dose question's.
// Read from the raw files, not the importers: the two items are the pair the Data Browser
// mislabels (a row's code that aou_codebook.csv gives another concept ID), their parents are the
// Data Browser rows' parent questions, wordings are aou_codebook.csv's, places are read with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { flow } from '../../helpers/pdftotext-flow';
import { realEntries, realSource } from '../../helpers/sources';
import { csvRows, derivedCsvRows } from '../../facts/raw';
import { METADATA } from '../../facts/readers/data-browser';

const db = openRealDb();
afterAll(() => db.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Pair {
  /** The concept whose code the Data Browser gives the other: its wording is misprinted. */
  worded: number;
  /** The concept the Data Browser row is (its ID). */
  placed: number;
}

async function rawFacts() {
  const codebook = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
  const idOfCode = new Map(codebook.map(({ v }) => [v.concept_code!.toLowerCase(), Number(v.concept_id)]));
  const codeOfId = new Map(codebook.map(({ v }) => [Number(v.concept_id), v.concept_code!.toLowerCase()]));
  const labelOfId = new Map(codebook.map(({ v }) => [Number(v.concept_id), squash(v.field_label!)]));
  const pairs = new Map<string, Pair>();
  const parentOf = new Map<number, Set<number>>();
  for (const source of METADATA) {
    for (const { v } of await csvRows(source)) {
      const [id, code, parent] = [Number(v.concept_id), v.concept_code!.toLowerCase(), Number(v.parent_question_concept_id)];
      if (parent) parentOf.set(id, (parentOf.get(id) ?? new Set()).add(parent));
      const other = idOfCode.get(code);
      if (other !== undefined && other !== id && codeOfId.has(id) && codeOfId.get(id) !== code) pairs.set(`${other}|${id}`, { worded: other, placed: id });
    }
  }
  return { pairs: [...pairs.values()], labelOfId, parentOf };
}

const itemOfPrint = db.prepare(`SELECT pq.sequence, i.concept_id FROM printed_questions pq JOIN documents d ON d.id = pq.document_id
  LEFT JOIN items i ON i.id = pq.item_id WHERE d.source = ? AND pq.page = ? AND pq.text = ?`);
const spanishPrint = db.prepare(`SELECT es.source, pq.page FROM documents en JOIN documents es ON es.module_id = en.module_id AND es.edition = en.edition AND es.language = 'es'
  JOIN printed_questions pq ON pq.document_id = es.id WHERE en.source = ? AND pq.sequence - (SELECT MIN(sequence) FROM printed_questions WHERE document_id = es.id) = ? - (SELECT MIN(p.sequence) FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.source = en.source)`);
const spanishOf = db.prepare('SELECT text_es FROM items WHERE concept_id = ?').pluck();

describe('a follow-up printed under a question is that question’s follow-up', async () => {
  const { pairs, labelOfId, parentOf } = await rawFacts();
  const pdfs = realEntries('instrument-pdf').filter((e) => e.language === 'en');

  it.each(pairs.map((p) => [`${p.worded} / ${p.placed}`, p] as const))('%s', async (_, pair) => {
    const wording = labelOfId.get(pair.worded)!;
    const parentLabel = (id: number) => [...(parentOf.get(id) ?? [])].map((p) => labelOfId.get(p)).find((l) => l) ?? null;
    const under = new Map([[pair.worded, parentLabel(pair.worded)], [pair.placed, parentLabel(pair.placed)]]);
    expect([...under.values()].every((l) => l)).toBe(true);
    let seen = 0;
    const wrong: string[] = [];
    for (const e of pdfs) {
      const path = (await realSource(e.id)).path;
      for (let page = 1; ; page++) {
        const here = flow(path, page, page).text;
        if (!here && !flow(path, page, page + 1).text) break;
        if (!here.includes(wording)) continue;
        // The nearest parent wording printed above the follow-up (this page or the one before).
        const text = flow(path, Math.max(1, page - 1), page).text;
        const at = text.lastIndexOf(wording);
        const [want] = [...under].map(([id, label]) => [id, text.lastIndexOf(label!, at)] as const).sort((a, b) => b[1] - a[1])[0]!;
        const print = itemOfPrint.get(e.id, page, wording) as { sequence: number; concept_id: number | null } | undefined;
        seen++;
        if (print?.concept_id !== want) wrong.push(`${e.id} p.${page}: ${print?.concept_id} ≠ ${want}`);
        // Its Spanish print: the worded item's Spanish is printed there only under its own parent.
        const es = print && (spanishPrint.get(e.id, print.sequence) as { source: string; page: number } | undefined);
        const spanish = spanishOf.get(pair.worded) as string | null;
        if (!es || !spanish) continue;
        const esPage = flow((await realSource(es.source)).path, es.page, es.page + 1).text;
        if (esPage.includes(squash(spanish)) !== (want === pair.worded)) wrong.push(`${es.source} p.${es.page}: "${spanish}" ${want === pair.worded ? 'not ' : ''}printed`);
      }
    }
    expect(seen).toBeGreaterThan(1);
    expect(wrong).toEqual([]);
  });
});
