// One release of a module as the outline and the trainer show it: which topics and questions it
// holds (a topic stays when any question under it does) and their wording in that release.
import type { ReleaseRef } from '../../contract/releases';
import type { Codebook } from '../store';
import { releaseMembers, releaseTexts, resolveRelease } from './list';

export interface ReleaseScope {
  release: ReleaseRef;
  has: (itemId: number) => boolean;
  texts: ReturnType<typeof releaseTexts>;
  /** The release's own answer options of a question, in order (null: its sources list none). */
  options: (questionId: number) => { answerId: number; en: string | null; es: string | null }[] | null;
}

export function releaseScope(db: Codebook, moduleId: number, name?: string | null): ReleaseScope | null {
  const r = resolveRelease(db, moduleId, name);
  if (!r) return null;
  const members = new Set(releaseMembers(db, r.id).keys());
  // Topics of member questions belong to the release too (a parent question only by its own sources).
  const parentOf = db.prepare('SELECT p.id, p.kind FROM items c JOIN items p ON p.id = c.parent_id WHERE c.id = ?');
  for (const id of [...members]) {
    let p = parentOf.get(id) as { id: number; kind: string } | undefined;
    for (let guard = 0; p && p.kind === 'topic' && guard < 8 && !members.has(p.id); guard++) {
      members.add(p.id);
      p = parentOf.get(p.id) as { id: number; kind: string } | undefined;
    }
  }
  const opts = db.prepare(`SELECT answer_id AS answerId, max(label_en) AS en, max(label_es) AS es, min(position) AS position FROM release_options
    WHERE release_id = ? AND question_id = ? GROUP BY answer_id ORDER BY position, answer_id`);
  return {
    release: { id: r.id, label: r.label, module: r.module },
    has: (id) => members.has(id),
    texts: releaseTexts(db, r.id),
    options: (q) => {
      const rows = opts.all(r.id, q) as { answerId: number; en: string | null; es: string | null }[];
      return rows.length ? rows.map(({ answerId, en, es }) => ({ answerId, en, es })) : null;
    },
  };
}
