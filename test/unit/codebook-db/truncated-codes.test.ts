// A file that gives a concept ID with the start of the code the other files give it (a code cut
// short) names no second concept: one concept ID, one item, the short code its alias. Expected pairs
// are read here from the raw CSVs (curation's COPE suppression lists, the Data Browser's tables).
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { search } from '../../../electron/services/search/search';
import { truncatedCodes } from '../../../codebooks/merge/truncated-codes';
import type { ImportResult } from '../../../codebooks/model/records';
import { openRealDb } from '../../helpers/real-db';
import { csvRows } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

type Row = { row: number; v: Record<string, string> };
/** concept_id → the codes a file gives it. */
const codesById = (rows: Row[]) => {
  const m = new Map<string, Set<string>>();
  for (const r of rows) m.set(r.v.concept_id!, (m.get(r.v.concept_id!) ?? new Set()).add(r.v.concept_code!));
  return m;
};

describe('codes cut short', () => {
  it('finds, across the raw files, each ID given a code and the start of it, and the database keeps one item under the longer code', async () => {
    const files = await Promise.all(
      ['curation:rt_cope_suppression.csv', 'curation:rt_ct_cope_suppression.csv', 'data-browser:survey_metadata.csv', 'data-browser:question_concept.csv'].map((id) => csvRows(id)),
    );
    const all = new Map<string, Set<string>>();
    for (const f of files) for (const [id, codes] of codesById(f)) for (const c of codes) all.set(id, (all.get(id) ?? new Set()).add(c));
    const pairs = [...all].flatMap(([id, codes]) => [...codes].flatMap((s) => [...codes].filter((l) => l !== s && l.startsWith(s) && s.length >= 10).map((l) => ({ id: Number(id), short: s, long: l }))));
    expect(pairs.map((p) => p.short).sort()).toEqual(['MentalHealthCondition_OtherHo', 'MentalHealth_HowOldWereYou', 'MentalHealth_OtherConditionCurr', 'eds_follow_up_1_x']);
    // And no other: every alias that starts its item's code, outside the codebook's own Short Code
    // ties (code-aliases.test.ts), is one of these pairs.
    const cut = db
      .prepare(`SELECT x.alias, i.code FROM item_aliases x JOIN items i ON i.id = x.item_id
        WHERE x.source NOT LIKE 'codebook-to-fhir%' AND substr(i.code_lower, 1, length(x.alias_lower)) = x.alias_lower ORDER BY x.alias`)
      .all();
    expect(cut).toEqual(pairs.map((p) => ({ alias: p.short, code: p.long })).sort((a, b) => (a.alias < b.alias ? -1 : 1)));
    for (const p of pairs) {
      const items = db.prepare('SELECT id, code FROM items WHERE concept_id = ?').all(p.id) as { id: number; code: string }[];
      expect(items.map((i) => i.code), String(p.id)).toEqual([p.long]);
      const alias = db.prepare('SELECT item_id FROM item_aliases WHERE alias = ?').all(p.short);
      expect(alias).toEqual([{ item_id: items[0]!.id }]);
      const d = showItem(db, p.short)!;
      expect([d.code, d.conceptId, d.reachedByAlias]).toEqual([p.long, p.id, p.short]);
      expect(search(db, p.short, { limit: 3 }).hits[0]!.code).toBe(p.long);
    }
  });

  it('leaves no two items of one kind on one concept ID where one code starts the other', () => {
    const rows = db
      .prepare(`SELECT a.code AS a, b.code AS b FROM items a JOIN items b ON a.concept_id = b.concept_id AND a.kind = b.kind AND a.id <> b.id
        WHERE a.code IS NOT NULL AND b.code IS NOT NULL AND substr(b.code_lower, 1, length(a.code_lower)) = a.code_lower`)
      .all();
    expect(rows).toEqual([]);
  });

  it('takes no code that a file also gives another concept ID, and no short stem (made-up records)', () => {
    const prov = (at: string) => ({ source: 'made-up:test.csv', at });
    const rec = (code: string, conceptId: number, at: string) => ({ kind: 'question' as const, code, conceptId, prov: prov(at) });
    const result = (concepts: ReturnType<typeof rec>[]) => ({ concepts, options: [], branching: [], versions: [], printed: [] }) as unknown as ImportResult;
    const found = (concepts: ReturnType<typeof rec>[]) => truncatedCodes([result(concepts)]).map((a) => `${a.alias}→${a.code}`);
    expect(found([rec('MadeUp_LongQuestionCode', 1, 'row 2'), rec('MadeUp_LongQuest', 1, 'row 3')])).toEqual(['MadeUp_LongQuest→MadeUp_LongQuestionCode']);
    expect(found([rec('MadeUp_LongQuestionCode', 1, 'row 2'), rec('MadeUp_LongQuest', 1, 'row 3'), rec('MadeUp_LongQuest', 2, 'row 4')])).toEqual([]);
    expect(found([rec('MadeUp_LongQuestionCode', 1, 'row 2'), rec('MadeUp_Lo', 1, 'row 3')])).toEqual([]);
    expect(found([rec('MadeUp_LongQuestionCodeA', 1, 'row 2'), rec('MadeUp_LongQuestionCodeB', 1, 'row 3'), rec('MadeUp_LongQuestion', 1, 'row 4')])).toEqual([]);
  });
});
