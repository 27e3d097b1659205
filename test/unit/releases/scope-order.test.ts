// A release's answer list as the outline shows it keeps one source's order: where the allofus
// codebook's row (its own order) and the Data Browser (no order of its own) both list a question,
// the shown order is the codebook row's, not the two interleaved, and so are its labels.
import { afterAll, describe, expect, it } from 'vitest';
import { releaseScope } from '../../../electron/services/releases/scope';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('release answer order shown', async () => {
  const rows = await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv');
  // Questions whose release lists answers from the codebook row and from a Data Browser file.
  const mixed = db
    .prepare(`SELECT DISTINCT r.release_id AS rel, s.module_id AS module, r.question_id AS q, i.code_lower AS code, ri.at
      FROM release_options r JOIN releases s ON s.id = r.release_id JOIN items i ON i.id = r.question_id
      JOIN release_items ri ON ri.release_id = r.release_id AND ri.item_id = r.question_id AND ri.source = r.source
      WHERE r.source = 'allofus:aou_codebook.rda' AND ri.at LIKE 'row %'
        AND EXISTS (SELECT 1 FROM release_options d WHERE d.release_id = r.release_id AND d.question_id = r.question_id AND d.source LIKE 'data-browser%')`)
    .all() as { rel: string; module: number; q: number; code: string; at: string }[];
  const codeOf = db.prepare('SELECT code_lower FROM items WHERE id = ?').pluck();

  it('follows the codebook row where the two sources list the same answers', () => {
    expect(mixed.length).toBeGreaterThan(0);
    // Where the printed instrument orders them otherwise, the printed order is shown (order-conflicts.test.ts).
    const printedOtherwise = db.prepare(`SELECT 1 FROM conflicts WHERE field = 'release.options.order' AND item_id = ? AND subject LIKE ? || ': %'`);
    for (const m of mixed) {
      if (printedOtherwise.get(m.q, m.rel)) continue;
      const raw = rows.find((r) => `row ${r.row}` === m.at)!;
      const rawCodes = raw.v.choices!.split('|').map((p) => p.slice(0, p.indexOf(',')).trim().toLowerCase());
      const shown = releaseScope(db, m.module, m.rel)!.options(m.q)!.map((o) => codeOf.get(o.answerId) as string | null);
      const fromRaw = shown.filter((c): c is string => c !== null && rawCodes.includes(c));
      expect(fromRaw, `${m.rel} ${m.code}`).toEqual(rawCodes.filter((c) => fromRaw.includes(c)));
    }
  });

  it('shows the codebook row\'s labels, not another source\'s ("PMI: Dont Know", "<question> - Bladder cancer")', () => {
    let checked = 0;
    for (const m of mixed) {
      const raw = rows.find((r) => `row ${r.row}` === m.at)!;
      const labelOf = new Map(raw.v.choices!.split('|').map((p) => [p.slice(0, p.indexOf(',')).trim().toLowerCase(), p.slice(p.indexOf(',') + 1).trim()] as const));
      for (const o of releaseScope(db, m.module, m.rel)!.options(m.q)!) {
        const label = labelOf.get((codeOf.get(o.answerId) as string | null) ?? '');
        if (label === undefined) continue;
        expect(o.en, `${m.rel} ${m.code}`).toBe(label);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
