// The outline's answer count at a release is the release's own list, as the trainer shows it:
// where the allofus codebook's row is the only source giving that release's list an order, the
// count is that row's number of choices (before, the merged list's: the Data Browser's "PMI: Skip"
// and its copies of the answers, and other releases' answers, e.g. 6 for PFHH's first question
// whose PDF prints 3).
import { afterAll, describe, expect, it } from 'vitest';
import { surveyOutline } from '../../../electron/services/outline';
import { releaseScope } from '../../../electron/services/releases/scope';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('outline answer counts at a release', async () => {
  const rows = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
  const listed = db
    .prepare(`SELECT DISTINCT r.release_id AS rel, m.slug, i.code, ri.at
      FROM release_options r JOIN releases s ON s.id = r.release_id JOIN modules m ON m.id = s.module_id
      JOIN items i ON i.id = r.question_id
      JOIN release_items ri ON ri.release_id = r.release_id AND ri.item_id = r.question_id AND ri.source = r.source
      WHERE r.source = 'allofus:aou_codebook.rda' AND ri.at LIKE 'row %' AND i.code IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM release_options o JOIN option_listings l ON l.question_id = o.question_id AND l.source = o.source
          WHERE o.release_id = r.release_id AND o.question_id = r.question_id AND o.source <> r.source AND l.position IS NOT NULL)`)
    .all() as { rel: string; slug: string; code: string; at: string }[];

  it("counts the codebook row's choices, nothing the Data Browser adds", () => {
    expect(listed.length).toBeGreaterThan(100);
    const outlines = new Map<string, ReturnType<typeof surveyOutline>>();
    let checked = 0;
    for (const q of listed) {
      const key = `${q.slug} ${q.rel}`;
      if (!outlines.has(key)) outlines.set(key, surveyOutline(db, q.slug, q.rel));
      const row = outlines.get(key)!.rows.find((r) => r.code === q.code);
      if (!row) continue; // placed under another survey's outline
      const raw = rows.find((r) => `row ${r.row}` === q.at)!;
      // A choice coded as the question itself is its text box ("Enter Social Security Number"), not an answer.
      const choices = raw.v.choices!.split('|').map((p) => p.slice(0, p.indexOf(',')).trim().toLowerCase());
      expect(row.answerCount, `${q.rel} ${q.code} (${q.at})`).toBe(choices.filter((c) => c !== q.code.toLowerCase()).length);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("lists exactly the codebook row's answers, in its order, at that release", () => {
    const q = db.prepare('SELECT i.id, s.module_id AS module FROM items i, releases s WHERE i.code = ? AND s.id = ?');
    const codeOf = db.prepare('SELECT code_lower FROM items WHERE id = ?').pluck();
    const printedOtherwise = db.prepare(`SELECT 1 FROM conflicts WHERE field = 'release.options.order' AND item_id = ? AND subject LIKE ? || ': %'`);
    for (const l of listed) {
      const { id, module } = q.get(l.code, l.rel) as { id: number; module: number };
      const raw = rows.find((r) => `row ${r.row}` === l.at)!;
      const choices = raw.v.choices!.split('|').map((p) => p.slice(0, p.indexOf(',')).trim().toLowerCase()).filter((c) => c !== l.code.toLowerCase());
      const shown = releaseScope(db, module, l.rel)!.options(id)!.map((o) => codeOf.get(o.answerId) as string);
      // Where the printed instrument orders them otherwise, the printed order is shown (order-conflicts.test.ts).
      const same = printedOtherwise.get(id, l.rel) ? [...shown].sort() : shown;
      expect(same, `${l.rel} ${l.code} (${l.at})`).toEqual(printedOtherwise.get(id, l.rel) ? [...choices].sort() : choices);
    }
  });
});
