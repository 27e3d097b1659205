// The Family Health History of 2018 (43528698.pdf) prints one long question per relative ("Please
// indicate if your daughter(s) has/have ever been diagnosed with …"), each with the same condition
// sub-lists. Its per-relative items ("… if your daughter(s) … respiratory conditions …") matched the
// boilerplate of another relative's question better (an audit: the daughters' and grandparents'
// lists on p.12, the sons' question). Each page an item takes must be within its own relative's
// question: from the page where pdftotext prints that question's opening to the page of the next
// question's opening (sub-list-pages.test.ts places each list exactly).
import { afterAll, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const OPENING = 'please indicate if your ';
/** The relative a wording names: its first word after the opening ("daughter", "grandparent"). */
const relativeOf = (wording: string) => (fold(wording).startsWith(OPENING) ? fold(wording).slice(OPENING.length).split(' ')[0]! : null);

it('FHH 2018 English: each relative\'s condition lists take a page of that relative\'s own question', async () => {
  const file = '43528698.pdf';
  const pages = pdfPages((await realSource(`pdf:${file}`)).path);
  // Where each relative's question opens, in print order.
  const opens: { relative: string; page: number }[] = [];
  pages.forEach((lines, i) => {
    for (const l of lines) {
      const relative = relativeOf(l.text);
      if (relative) opens.push({ relative, page: i + 1 });
    }
  });
  expect(new Set(opens.map((o) => o.relative)).size).toBe(opens.length);

  const rows = db
    .prepare(
      `SELECT i.code, qp.page, p.value AS wording FROM question_pages qp JOIN items i ON i.id = qp.item_id
         JOIN document_files f ON f.document_id = qp.document_id
         JOIN provenance p ON p.item_id = i.id AND p.field = 'text.en' AND p.context_id IS NULL
        WHERE f.file = ?`,
    )
    .all(file) as { code: string; page: number; wording: string }[];
  const checked = new Set<string>();
  for (const r of rows) {
    const relative = relativeOf(r.wording);
    if (!relative) continue;
    const at = opens.findIndex((o) => o.relative === relative);
    expect(at, `${r.code}: no question for "${relative}" printed`).toBeGreaterThanOrEqual(0);
    const first = opens[at]!.page;
    // A list may end on the page where the next relative's question opens (the father's bone and
    // joint list above the siblings' question, p.6): up to that page, included.
    const last = opens[at + 1]?.page ?? pages.length;
    expect(r.page, `${r.code} (${relative}): page ${r.page}, its question pp. ${first}-${last}`).toBeGreaterThanOrEqual(first);
    expect(r.page, `${r.code} (${relative}): page ${r.page}, its question pp. ${first}-${last}`).toBeLessThanOrEqual(last);
    checked.add(relative);
  }
  // Every relative's items are checked but one's (the grandparents' wording matches no page well enough).
  expect(checked.size).toBeGreaterThanOrEqual(opens.length - 1);
});
