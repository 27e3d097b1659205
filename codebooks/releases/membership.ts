// Fills release_items, release_texts and release_options from each release's defining sources:
// version rows and questionnaires list their questions; a PDF gives the questions linked to its
// printed ones, with their printed wording; a snapshot source gives what it states as a question
// or topic of the module. Nothing is carried from one release to another.
import type Database from 'better-sqlite3';
import type { Evidence } from './candidates';
import { fillReleaseOptions } from './options';
import { isWordless } from '../merge/items';

export function fillMembership(db: Database.Database, releaseId: string, slug: string, ev: Evidence): void {
  const item = db.prepare('INSERT OR IGNORE INTO release_items (release_id, item_id, position, source, at) VALUES (?, ?, ?, ?, ?)');
  const text = db.prepare('INSERT OR IGNORE INTO release_texts (release_id, item_id, lang, text, answers, source, at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  if (ev.versionId !== undefined) {
    const rows = db.prepare(`SELECT x.item_id, x.position FROM module_version_items x JOIN items i ON i.id = x.item_id
      WHERE x.version_id = ? AND i.kind IN ('question', 'topic')`).all(ev.versionId) as { item_id: number; position: number }[];
    for (const r of rows) item.run(releaseId, r.item_id, r.position, ev.source, ev.at);
  } else if (ev.documentId !== undefined) {
    const rows = db.prepare(`SELECT p.item_id, p.sequence, p.text, p.answers, p.page, p.link_method FROM printed_questions p JOIN items i ON i.id = p.item_id
      WHERE p.document_id = ? AND i.kind IN ('question', 'topic') ORDER BY p.sequence`).all(ev.documentId) as { item_id: number; sequence: number; text: string; answers: string | null; page: number | null; link_method: string | null }[];
    for (const r of rows) {
      item.run(releaseId, r.item_id, r.sequence, ev.source, ev.at);
      // A print standing for several items ("Did [a, b, …] help?", merge/printed-templates.ts) is none's wording.
      if (r.link_method !== 'template') text.run(releaseId, r.item_id, ev.language, r.text, r.answers, ev.source, r.page === null ? ev.at : `${ev.at} p. ${r.page}`);
    }
    return;
  } else {
    const rows = db.prepare(`SELECT DISTINCT k.item_id, m.at FROM provenance k
        JOIN provenance m ON m.item_id = k.item_id AND m.source = k.source AND m.field = 'module' AND m.context_id IS NULL
      WHERE k.source = ? AND k.field = 'kind' AND k.value IN ('question', 'topic') AND k.context_id IS NULL AND m.value = ?`).all(ev.source, slug) as { item_id: number; at: string | null }[];
    for (const r of rows) item.run(releaseId, r.item_id, null, ev.source, r.at);
  }
  // Wording and options a listing source gives its own items (questionnaires, codebooks).
  const words = db.prepare(`SELECT p.item_id, p.field, p.value, p.at, i.kind FROM provenance p JOIN release_items r ON r.item_id = p.item_id AND r.release_id = ? AND r.source = p.source
    JOIN items i ON i.id = p.item_id
    WHERE p.source = ? AND p.context_id IS NULL AND p.field IN ('text.en', 'text.es')`).all(releaseId, ev.source) as { item_id: number; field: string; value: string; at: string | null; kind: string }[];
  for (const w of words) {
    // A consent video's number ("415560809") is no wording of the release either (merge/items.ts).
    if (w.kind === 'question' && isWordless(w.value)) continue;
    text.run(releaseId, w.item_id, w.field.slice(5), w.value, null, ev.source, w.at);
  }
  fillReleaseOptions(db, releaseId, ev);
}
