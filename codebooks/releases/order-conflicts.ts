// Where a release's codebook lists a question's answers in another order than the release's own
// printed instrument (allofus "Male, Female, ..." vs The_Basics.pdf "Female, Male, ..."), the
// disagreement is recorded as a conflict, the printed order chosen: each source's release_options
// keep that source's own order, so the two are never mixed silently.
import type Database from 'better-sqlite3';
import { looseText } from '../merge/conflicts';

export const ORDER_FIELD = 'release.options.order';

interface Printed { release_id: string; item_id: number; code: string | null; answers: string; source: string; at: string | null }

export function recordOrderConflicts(db: Database.Database): number {
  const printed = db.prepare(`SELECT t.release_id, t.item_id, i.code, t.answers, t.source, t.at FROM release_texts t JOIN items i ON i.id = t.item_id
    WHERE t.lang = 'en' AND t.answers IS NOT NULL AND t.source LIKE 'pdf:%'`).all() as Printed[];
  // Only sources that give an order of their own (the Data Browser gives none: its rows keep the merged order).
  const lists = db.prepare(`SELECT o.source, o.label_en, r.at FROM release_options o
      JOIN release_items r ON r.release_id = o.release_id AND r.item_id = o.question_id AND r.source = o.source
    WHERE o.release_id = ? AND o.question_id = ? AND o.label_en IS NOT NULL
      AND EXISTS (SELECT 1 FROM option_listings l WHERE l.question_id = o.question_id AND l.source = o.source AND l.position IS NOT NULL)
    ORDER BY o.source, o.position`);
  const add = db.prepare('INSERT INTO conflicts (subject, item_id, field, chosen, chosen_source, other, other_source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let n = 0;
  for (const p of printed) {
    const answers = (JSON.parse(p.answers) as string[]).map(looseText);
    const bySource = new Map<string, { labels: string[]; at: string | null }>();
    for (const o of lists.all(p.release_id, p.item_id) as { source: string; label_en: string; at: string | null }[]) {
      const s = bySource.get(o.source) ?? { labels: [], at: o.at };
      s.labels.push(o.label_en);
      bySource.set(o.source, s);
    }
    for (const [source, { labels, at }] of bySource) {
      const matched = labels.filter((l) => answers.includes(looseText(l)));
      const printedOrder = [...matched].sort((a, b) => answers.indexOf(looseText(a)) - answers.indexOf(looseText(b)));
      if (matched.length < 2 || matched.every((l, i) => l === printedOrder[i])) continue;
      const where = (s: string, a: string | null) => s + (a ? ` (${a})` : '');
      add.run(`${p.release_id}: ${p.code ?? p.item_id}`, p.item_id, ORDER_FIELD, printedOrder.join(' | '), where(p.source, p.at), matched.join(' | '), where(source, at));
      n++;
    }
  }
  return n;
}
