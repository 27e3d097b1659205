// The build step that gives releases their own tables (see docs/releases.md). It runs on the
// written codebook, after the merge, and reads only stored facts with their provenance.
import type Database from 'better-sqlite3';
import { releaseCandidates, type Candidate } from './candidates';
import { fillMembership } from './membership';

function order(list: Candidate[]): Candidate[] {
  // Dated releases by date, then undated ones, then the newest snapshot.
  const rank = (c: Candidate) => (c.snapshot ? 2 : c.sortKey ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.sortKey ?? '').localeCompare(b.sortKey ?? ''));
}

/**
 * In a complete release the complete sources decide: an item only a partial source (a PDF link,
 * a codebook form) puts there is dropped, with the wording and answers that source gave it, and
 * counted in the build notes.
 */
function keepListed(db: Database.Database, releaseId: string, complete: string[], notes: string[]): void {
  const marks = complete.map(() => '?').join(', ');
  const dropped = db.prepare(`DELETE FROM release_items WHERE release_id = ? AND item_id NOT IN
    (SELECT item_id FROM release_items WHERE release_id = ? AND source IN (${marks}))`).run(releaseId, releaseId, ...complete).changes;
  for (const t of ['release_texts', 'release_options']) {
    const item = t === 'release_texts' ? 'item_id' : 'question_id';
    db.prepare(`DELETE FROM ${t} WHERE release_id = ? AND ${item} NOT IN (SELECT item_id FROM release_items WHERE release_id = ?)`).run(releaseId, releaseId);
  }
  if (dropped) notes.push(`release ${releaseId}: ${dropped} links from partial sources to items its complete list lacks were dropped`);
}

export function deriveReleases(db: Database.Database, notes: string[]): number {
  const byModule = new Map<number, Candidate[]>();
  for (const c of releaseCandidates(db, notes)) byModule.set(c.moduleId, [...(byModule.get(c.moduleId) ?? []), c]);
  const rel = db.prepare(`INSERT INTO releases (id, module_id, label, date, date_basis, position, is_current, complete, languages)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]')`);
  const src = db.prepare('INSERT INTO release_sources (release_id, source, at, role, language, complete, note) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let n = 0;
  for (const list of byModule.values()) {
    const sorted = order(list);
    sorted.forEach((c, i) => {
      const id = `${c.slug}-${c.key}`;
      const complete = c.evidence.some((e) => e.complete);
      rel.run(id, c.moduleId, c.label, c.date, c.dateBasis, i + 1, i === sorted.length - 1 ? 1 : 0, complete ? 1 : 0);
      for (const e of c.evidence) {
        src.run(id, e.source, e.at, e.role, e.language, e.complete ? 1 : 0, e.note);
        fillMembership(db, id, c.slug, e);
      }
      if (complete) keepListed(db, id, c.evidence.filter((e) => e.complete).map((e) => e.source), notes);
      n++;
    });
  }
  db.exec(`UPDATE releases SET languages = coalesce((SELECT json_group_array(lang) FROM (SELECT DISTINCT lang FROM release_texts t WHERE t.release_id = releases.id ORDER BY lang)), '[]')`);
  return n;
}
