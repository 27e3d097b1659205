// The 2018 family history PDF (43528698.pdf) prints each relative's question once and its
// condition groups as headed sub-lists over the next pages; the codebook's questions are the
// sub-lists. Each takes the page where its heading is printed under its relative's question, read
// here with pdftotext: the heading line's page, and the question printed last before it names the
// relative of the item's code.
import { afterAll, describe, expect, it } from 'vitest';
import { headingPage } from '../../../codebooks/write/sub-list-pages';
import { questionPdfPages } from '../../../electron/services/pdfs';
import { highlightFor } from '../../../renderer/src/features/pdf/links';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { rawPath } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

const RELATIVE: Record<string, string> = { Mother: 'mother', Father: 'father', Sibling: 'brothers', Daughter: 'daughter', Son: 'son', Grandparent: 'grandparent' };
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('pages of the 2018 family history sub-lists', () => {
  it('each sub-list question is on the page of its heading under its own relative', async () => {
    const lines = pdfPages(await rawPath('pdf:43528698.pdf')).flatMap((p, i) => p.map((l) => ({ page: i + 1, text: l.text.trim() })));
    const rows = db
      .prepare(`SELECT i.code, i.text_en, qp.page, qp.method FROM question_pages qp JOIN document_files f ON f.document_id = qp.document_id JOIN items i ON i.id = qp.item_id
        WHERE f.file = '43528698.pdf' AND i.code LIKE 'DiagnosedHealthCondition_%' AND qp.method IN ('shingles', 'anchored', 'printed')
          AND length(i.text_en) - length(replace(i.text_en, ' ', '')) < 6`)
      .all() as { code: string; text_en: string; page: number; method: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const r of rows) {
      const relative = RELATIVE[/^DiagnosedHealthCondition_([A-Z][a-z]+)/.exec(r.code)![1]!]!;
      // The heading as a bullet line ("•   Lung conditions:") under the relative's question.
      const headings = lines.map((l, i) => ({ ...l, i })).filter((l) => /^•/.test(l.text) && fold(l.text) === fold(r.text_en));
      const under = headings.filter((h) => {
        const stem = lines.slice(0, h.i).findLast((l) => l.text.startsWith('Please indicate if your'));
        // The word after "your" names the relative ("your mother", "your brothers and/or sisters").
        return stem !== undefined && fold(stem.text).split(' ')[4]!.startsWith(relative);
      });
      expect(under, r.code).toHaveLength(1);
      expect(r.page, r.code).toBe(under[0]!.page);
    }
    const mother = rows.find((r) => r.code === 'DiagnosedHealthCondition_MotherRespCondition')!;
    expect([mother.page, mother.method]).toEqual([3, 'anchored']);
  });

  it('"Show in PDF" highlights the heading: the service gives it and one box where it is printed once', async () => {
    const lines = pdfPages(await rawPath('pdf:43528698.pdf'));
    const moved = db
      .prepare(`SELECT i.code, qp.page, qp.document_id AS doc FROM question_pages qp JOIN document_files f ON f.document_id = qp.document_id JOIN items i ON i.id = qp.item_id
        WHERE f.file = '43528698.pdf' AND qp.method = 'anchored' AND i.code LIKE 'DiagnosedHealthCondition_%'`)
      .all() as { code: string; page: number; doc: number }[];
    expect(moved.length).toBeGreaterThanOrEqual(19);
    for (const m of moved) {
      const served = questionPdfPages(db, m.code)!;
      const shown = served.pages.find((p) => p.document.id === m.doc)!;
      const q = highlightFor(shown.method, served.text.en, shown.printed);
      // The heading as the page prints it ("Lung conditions:"), the item's own words folded alike.
      expect(fold(q!), m.code).toBe(fold(served.text.en!));
      const printed = lines[m.page - 1]!.filter((l) => fold(l.text) === fold(q!));
      expect(printed, m.code).toHaveLength(1);
      expect(printed[0]!.text.trim().replace(/^•\s*/, ''), m.code).toBe(q);
      expect(shown.boxes, m.code).toHaveLength(1);
    }
  });

  it('takes no page where the heading is not one clear line between the stem and the next (made-up lines)', () => {
    const line = (page: number, text: string) => ({ page, text: fold(text) });
    const stemA = 'Please indicate if your madeupaunt has ever been diagnosed with the following';
    const wording = ['Please indicate if your madeupaunt has ever been diagnosed with any of these lung conditions'];
    const doc = [line(1, stemA), line(1, 'Cancer'), line(2, 'Lung conditions'), line(3, 'Please indicate if your madeupuncle has ever been'), line(3, 'Lung conditions')];
    expect(headingPage(doc, 1, 'Lung Conditions:', wording)).toBe(2);
    // Not under this relative: the next relative's heading is not taken.
    expect(headingPage([doc[0]!, doc[1]!, doc[3]!, doc[4]!], 1, 'Lung Conditions:', wording)).toBeNull();
    // Printed twice under the stem: no guess.
    expect(headingPage([...doc.slice(0, 3), line(2, 'Lung conditions'), ...doc.slice(3)], 1, 'Lung Conditions:', wording)).toBeNull();
    // The stem not on the page the overlap found.
    expect(headingPage(doc, 2, 'Lung Conditions:', wording)).toBeNull();
  });
});
