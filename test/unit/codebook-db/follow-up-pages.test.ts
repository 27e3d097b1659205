// Follow-ups printed once per answer ("o Obesity", then "Are you still seeing a doctor … for this
// condition?") point to the page under their answer's heading, never to the first page the generic
// wording is printed on (the audit found 453 Spanish PMH follow-ups all on page 2). The headings are
// read here with pdftotext (test/helpers/pdftotext-flow.ts), not with the build's pdf.js text. The
// Spanish PFHH's are tied to their own prints ('printed') since their shared wording no longer
// ties them all to bladder cancer's (shared-wording-prints.test.ts). PMH's are found by the shared
// wording itself ('other-wording', heading-prints.test.ts checks their highlight).
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Pages (1-based) where `label` is printed as a heading line: "o <label>" (PMH) or "● <label>" (PFHH). */
function headingPages(pages: { text: string }[][], label: string): number[] {
  const want = fold(label);
  const out: number[] = [];
  pages.forEach((lines, i) => {
    if (lines.some((l) => /^[o●]\s/.test(l.text) && fold(l.text.slice(2)).startsWith(want))) out.push(i + 1);
  });
  return out;
}

// [PDF, language, at least this many follow-ups placed by wording]
const FILES: [string, 'en' | 'es', number][] = [
  ['pdf:Personal_Medical_History_Survey_English.pdf', 'en', 150],
  ['pdf:Personal_Medical_History_Survey_Spanish.pdf', 'es', 150],
  ['pdf:Survey_PaFHH_spn_Src.pdf', 'es', 150],
];

describe('follow-ups repeated under each answer', () => {
  it.each(FILES)('%s: each is on (or just after) its own answer\'s heading page', async (source, lang, least) => {
    const pages = pdfPages((await realSource(source)).path);
    const rows = db
      .prepare(
        `SELECT i.code, qp.page, (SELECT coalesce(o.label_${lang}, a.text_${lang}) FROM branching b JOIN options o ON o.question_id = b.parent_id
                 AND o.answer_id = json_extract(b.answer_ids, '$[0]') JOIN items a ON a.id = o.answer_id
                 WHERE b.child_id = i.id AND json_array_length(b.answer_ids) = 1 ORDER BY b.id LIMIT 1) AS label
           FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id
          WHERE 'pdf:' || f.file = ? AND qp.method IN ('exact', 'shingles', 'tail', 'printed', 'other-wording') AND i.code GLOB '*[_]*' AND (i.code LIKE '%Currently' OR i.code LIKE '%HowOld%' OR i.code LIKE '%RxMeds%')`,
      )
      .all(source) as { code: string; page: number; label: string | null }[];
    expect(rows.length).toBeGreaterThanOrEqual(least);
    const checked = rows.filter((r) => r.label && headingPages(pages, r.label.replace(/:?\s*\[[^\]]*\]\s*$/, '')).length > 0);
    expect(checked.length / rows.length).toBeGreaterThan(0.8);
    const off = checked.filter((r) => !headingPages(pages, r.label!.replace(/:?\s*\[[^\]]*\]\s*$/, '')).some((h) => r.page === h || r.page === h + 1));
    expect(off.map((r) => `${r.code} p.${r.page} (${r.label})`)).toEqual([]);
    // Never all on one page again.
    expect(new Set(rows.map((r) => r.page)).size).toBeGreaterThan(20);
  }, 60_000);
});
