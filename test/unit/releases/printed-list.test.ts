// Where a release's sources give no answer list in an order of their own (none, or only the Data
// Browser's, by participant count and labelled "<question> - Adult"), the list shown is the one its
// instrument prints, each printed answer tied to one of the question's answers: PFHH's age
// questions Child (0-11) first, Overall Health's pain 0 to 10, as the PDFs print them.
import { afterAll, describe, expect, it } from 'vitest';
import { releaseScope } from '../../../electron/services/releases/scope';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('release answer lists from the printed instrument', () => {
  // Release questions with a printed English answer list and no source giving an order of its own.
  const cases = db
    .prepare(`SELECT t.release_id AS rel, r.module_id AS module, t.item_id AS q, i.code, t.answers
      FROM release_texts t JOIN releases r ON r.id = t.release_id JOIN items i ON i.id = t.item_id
      WHERE t.lang = 'en' AND t.source LIKE 'pdf:%' AND t.answers IS NOT NULL AND t.answers <> '[]'
        AND NOT EXISTS (SELECT 1 FROM release_options o JOIN option_listings l ON l.question_id = o.question_id AND l.source = o.source
          WHERE o.release_id = t.release_id AND o.question_id = t.item_id AND l.position IS NOT NULL)`)
    .all() as { rel: string; module: number; q: number; code: string; answers: string }[];
  const isOption = db.prepare('SELECT 1 FROM options WHERE question_id = ? AND answer_id = ?');
  // Every English label any source gives the answer (the shown one is the print's, so not that).
  const labelsOf = db.prepare(`SELECT label_en FROM option_listings WHERE question_id = ? AND answer_id = ? AND label_en IS NOT NULL
    UNION SELECT label_en FROM options WHERE question_id = ? AND answer_id = ? AND label_en IS NOT NULL
    UNION SELECT text_en FROM items WHERE id = ? AND text_en IS NOT NULL`).pluck();
  const loose = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  /** The label's own words: the Data Browser writes "<question> - Adult (18-64)" or "Deaf: Yes". */
  const ownWords = (l: string) => [l, l.includes(' - ') ? l.slice(l.lastIndexOf(' - ') + 3) : l, l.replace(/^[^:]{1,60}:\s+/, '')].map(loose);

  it('shows the printed answers, in printed order and words, each an answer of the question, where all tie', () => {
    let tied = 0;
    const scopes = new Map<string, ReturnType<typeof releaseScope>>();
    for (const c of cases) {
      if (!scopes.has(c.rel)) scopes.set(c.rel, releaseScope(db, c.module, c.rel));
      const shown = scopes.get(c.rel)!.options(c.q);
      const printed = JSON.parse(c.answers) as string[];
      const labels = shown?.map((o) => o.en);
      // Printed in full: an untied list is left as its sources give it.
      if (!labels || labels.slice(0, printed.length).join('\n') !== printed.join('\n')) continue;
      tied++;
      for (const o of shown!.slice(0, printed.length)) {
        expect(isOption.get(c.q, o.answerId), `${c.rel} ${c.code}`).toBeDefined();
        // The printed label is one the answer's own sources give it ("3" prints as "3" or "0 (No pain)" as "0").
        const p = loose(o.en!);
        const own = (labelsOf.all(c.q, o.answerId, c.q, o.answerId, o.answerId) as string[]).flatMap(ownWords);
        expect(own.some((l) => l === p || (/^\d+$/.test(l) && p.startsWith(`${l} `))), `${c.rel} ${c.code}: "${o.en}" is none of ${JSON.stringify(own)}`).toBe(true);
      }
    }
    // Most such lists tie; before, none was shown as printed.
    expect(tied).toBeGreaterThan(cases.length / 2);
  });
});
