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
      for (const o of shown!.slice(0, printed.length)) expect(isOption.get(c.q, o.answerId), `${c.rel} ${c.code}`).toBeDefined();
    }
    // Most such lists tie; before, none was shown as printed.
    expect(tied).toBeGreaterThan(cases.length / 2);
  });
});
