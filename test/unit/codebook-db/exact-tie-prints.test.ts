// A wording several follow-ups print word for word ("Enter the number of weeks." under COPE's
// smoking and e-nicotine questions; IPAQ's "How many days per week?" under vigorous, moderate and
// walking activity) went to the first such item in codebook order. The print just above now tells
// them apart (codebooks/merge/exact-tie-context.ts). Pages are read here with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

interface Print { seq: number; page: number; text: string; item: number | null; parent: number | null; parentText: string | null }

function printsOf(file: string): Print[] {
  return db
    .prepare(
      `SELECT p.sequence AS seq, p.page, p.text, p.item_id AS item, i.parent_id AS parent, pi.text_en AS parentText
       FROM printed_questions p JOIN documents d ON d.id = p.document_id LEFT JOIN items i ON i.id = p.item_id LEFT JOIN items pi ON pi.id = i.parent_id
       WHERE d.file = ? ORDER BY p.sequence`,
    )
    .all(file) as Print[];
}

/** Items of the print's module worded exactly as the print (English). */
function sameWorded(file: string, text: string): { id: number; parent: number | null }[] {
  const all = db
    .prepare(`SELECT i.id, i.parent_id AS parent, i.text_en FROM items i JOIN documents d ON d.module_id = i.module_id WHERE d.file = ? AND i.kind = 'question' AND i.text_en IS NOT NULL`)
    .all(file) as { id: number; parent: number | null; text_en: string }[];
  return all.filter((i) => fold(i.text_en) === fold(text)).map(({ id, parent }) => ({ id, parent }));
}

const ENGLISH_COPE = ['COPE_survey_May_2020_English.pdf', 'COPE_survey_June_2020_English.pdf', 'COPE_survey_July_2020_English.pdf'];

describe('prints worded like several follow-ups', () => {
  it.each(ENGLISH_COPE)('%s: each follow-up of an exact tie is the child of the question printed just above it', (file) => {
    const prints = printsOf(file);
    let decided = 0;
    prints.forEach((p, k) => {
      const above = prints[k - 1];
      if (!p.item || !above?.item) return;
      const tied = sameWorded(file, p.text);
      const under = tied.filter((t) => t.parent === above.item);
      if (tied.length < 2 || under.length !== 1) return;
      decided++;
      expect({ text: p.text, seq: p.seq, item: p.item }).toEqual({ text: p.text, seq: p.seq, item: under[0]!.id });
    });
    // Each English COPE prints at least the three e-nicotine boxes under their question.
    expect(decided).toBeGreaterThanOrEqual(2);
  });

  it.each(ENGLISH_COPE)('%s: the e-nicotine boxes are its own items, on the page pdftotext prints them, with their footnote', async (file) => {
    const prints = printsOf(file);
    const at = prints.findIndex((p) => /electronic nicotine product\?$/.test(p.text.trim()) && /^how long/i.test(p.text));
    expect(at).toBeGreaterThan(0);
    const question = prints[at]!;
    const boxes = prints.slice(at + 1, at + 4);
    expect(boxes.map((b) => fold(b.text))).toEqual(['enter the number of weeks', 'enter the number of months', 'enter the number of years']);
    const pages = pdfPages((await realSource(`pdf:${file}`)).path);
    for (const b of boxes) {
      expect(b.parent).toBe(question.item);
      expect(fold(b.parentText!)).toBe(fold(question.text));
      const page = db.prepare(`SELECT qp.page FROM question_pages qp JOIN document_files f ON f.document_id = qp.document_id WHERE qp.item_id = ? AND f.file = ?`).pluck().get(b.item, file);
      expect(page).toBe(b.page);
      // pdftotext prints the box's wording on that page, after the e-nicotine question if they share it.
      const lines = pages[b.page - 1]!.map((l) => fold(l.text));
      const asked = lines.findIndex((l) => l.includes('electronic nicotine product'));
      expect(lines.findIndex((l, i) => i > asked && l.startsWith(fold(b.text)))).toBeGreaterThan(asked);
      // Its sources are cited where the box is printed, never from the smoking question's page.
      const cited = db.prepare(`SELECT DISTINCT at FROM question_sources WHERE item_id = ? AND source = ?`).pluck().all(b.item, `pdf:${file}`);
      expect(cited).toEqual([`page ${b.page}`]);
    }
  });

  it('COPE May 2020 English: the moderate-activity question, printed with sentences the codebook leaves out, is tied, and its days per week with it', async () => {
    const file = 'COPE_survey_May_2020_English.pdf';
    const prints = printsOf(file);
    const at = prints.findIndex((p) => /^think about all the moderate activities/i.test(p.text));
    expect(at).toBeGreaterThan(0);
    const question = prints[at]!;
    expect(question.item).not.toBeNull();
    // Every word of the item's wording is in the print, in order (whole-wording.ts).
    const wording = fold(db.prepare('SELECT text_en FROM items WHERE id = ?').pluck().get(question.item) as string).split(' ');
    const printed = fold(question.text).split(' ');
    let k = 0;
    for (const w of printed) if (w === wording[k]) k++;
    expect(k).toBe(wording.length);
    // pdftotext prints the moderate question on that page.
    const pages = pdfPages((await realSource(`pdf:${file}`)).path);
    expect(fold(pages[question.page - 1]!.map((l) => l.text).join(' '))).toContain('did you do moderate physical activity');
    const days = prints[at + 1]!;
    expect(fold(days.text)).toBe('how many days per week');
    expect(days.parent).toBe(question.item);
  });

  it('a print worded like three or more items, none under a question, is tied to none of them', () => {
    const files = db.prepare(`SELECT DISTINCT file FROM documents WHERE language = 'en' AND file LIKE 'COPE%'`).pluck().all() as string[];
    let untied = 0;
    for (const file of files) {
      for (const p of printsOf(file)) {
        const tied = sameWorded(file, p.text);
        if (tied.length < 3 || tied.some((t) => t.parent !== null)) continue;
        expect({ file, seq: p.seq, item: p.item }).toEqual({ file, seq: p.seq, item: null });
        untied++;
      }
    }
    // The vaccination dates of the 2021-2022 COPE releases ("Enter date of vaccination…", one wording for every dose).
    expect(untied).toBeGreaterThanOrEqual(10);
  });

  it.each(['COPE_survey_May_2020_Spanish.pdf', 'COPE_survey_June_2020_Spanish.pdf', 'COPE_survey_July_2020_Spanish.pdf'])(
    '%s: the question printed above each run of number boxes is the boxes\' parent (the e-nicotine question was the smoking one)',
    (file) => {
      const prints = printsOf(file);
      let runs = 0;
      prints.forEach((p, k) => {
        const above = prints[k - 1];
        if (!/^escriba el numero de/.test(fold(p.text)) || !above || /^escriba el numero de/.test(fold(above.text))) return;
        runs++;
        expect({ seq: p.seq, above: above.item }).toEqual({ seq: p.seq, above: p.parent });
      });
      expect(runs).toBeGreaterThanOrEqual(2);
    },
  );
});

// COPE Winter 2021 and New Year 2022 print the follow-ups of an additional dose twice: after the
// third dose's question (p.6–7), then after "a dose in addition to the one(s) previously
// indicated" (p.9–10, the 4th dose onwards). The later block's items still had the data
// browser's "4th dose" wording when prints were tied, so all went to the third dose's items.
describe('the repeated dose block', () => {
  it.each(['COPE_survey_Winter_2021_English.pdf', 'COPE_survey_New_Year_2022_English.pdf'])('%s: follow-ups printed after the "dose in addition" question are its children, not the third dose\'s', async (file) => {
    const prints = printsOf(file);
    const pages = pdfPages((await realSource(`pdf:${file}`)).path);
    // The question as pdftotext prints it on p.9, not typed here: its first line.
    const first = pages[8]!.map((l) => fold(l.text)).find((l) => l.startsWith('have you received a dose in addition'))!;
    expect(first).toBeTruthy();
    const at = prints.findIndex((p) => fold(p.text).startsWith(first));
    expect(prints[at]!.page).toBe(9);
    const question = prints[at]!.item;
    expect(question).not.toBeNull();
    const block = prints.slice(at + 1).filter((p) => p.page <= 10 && p.item !== null);
    expect(block.length).toBe(3);
    for (const p of block) expect({ seq: p.seq, parent: p.parent }).toEqual({ seq: p.seq, parent: question });
    // Each is printed on its page (pdftotext), and no item of the block is printed earlier in the document.
    for (const p of block) {
      expect(pages[p.page - 1]!.map((l) => fold(l.text)).join(' ')).toContain(fold(p.text).slice(0, 40));
      expect(prints.filter((q) => q.item === p.item).map((q) => q.seq)).toEqual([p.seq]);
    }
  });

  it.each(['COPE_survey_Summer_2021_English.pdf', 'COPE_survey_Fall_2021_English.pdf'])('%s: "since receiving your first" vaccine is the item a source words so, not the second dose\'s question', (file) => {
    const first = printsOf(file).filter((p) => /since receiving your first/i.test(p.text));
    expect(first.length).toBe(1);
    const wording = db.prepare('SELECT text_en FROM items WHERE id = ?').pluck().get(first[0]!.item) as string;
    expect(wording).not.toMatch(/second/i);
    const said = db.prepare(`SELECT value FROM provenance WHERE item_id = ? AND context_id IS NULL AND field = 'text.en'`).pluck().all(first[0]!.item) as string[];
    expect(said.map(fold)).toContain(fold(first[0]!.text));
  });
});
