// A release list shown in its Spanish print's words takes each answer's words from the row of the
// Spanish print that stands for it: an answer whose Spanish label, as any source gives it, the
// Spanish print has is shown with exactly that label (COPE July 2020's ipaq_1 prints No, Yes in
// English and Sí, No in Spanish: row by row pairing there would call "No" "Sí").
import { afterAll, describe, expect, it } from 'vitest';
import { releaseScope } from '../../../electron/services/releases/scope';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const loose = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('release answer lists in the Spanish print', () => {
  const labelsOf = db.prepare(`SELECT label_es FROM option_listings WHERE question_id = ? AND answer_id = ? AND label_es IS NOT NULL
    UNION SELECT label_es FROM options WHERE question_id = ? AND answer_id = ? AND label_es IS NOT NULL
    UNION SELECT text_es FROM items WHERE id = ? AND text_es IS NOT NULL`).pluck();
  const releases = db.prepare('SELECT id, module_id AS module FROM releases').all() as { id: string; module: number }[];

  it("shows an answer's own Spanish label where the print has it, and the print's words elsewhere", () => {
    let fromPrint = 0;
    for (const r of releases) {
      const scope = releaseScope(db, r.module, r.id)!;
      for (const [q, t] of scope.texts) {
        const list = t.answers.es && scope.options(q);
        if (!list || !t.answers.es || list.length !== t.answers.es.length || list.some((o, i) => o.es !== t.answers.es![i])) continue;
        fromPrint++;
        const printed = t.answers.es.map(loose);
        for (const o of list) {
          const own = (labelsOf.all(q, o.answerId, q, o.answerId, o.answerId) as string[]).map(loose).filter((l) => printed.includes(l));
          if (own.length) expect(own, `${r.id} question ${q}: "${o.es}"`).toContain(loose(o.es!));
        }
      }
    }
    expect(fromPrint).toBeGreaterThan(100);
  });
});
