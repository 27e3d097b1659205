// A release's answer lists: for each question a source puts in the release, the options of the
// source row the release takes it from (a dated form's own row, not every row of the source), in
// that row's order and with that row's labels. Where no row lists the options together (a
// questionnaire or the Data Browser names each option's own place), the source's labels of the
// question's options, in the merged order.
import type Database from 'better-sqlite3';
import type { Evidence } from './candidates';

interface Label { answer_id: number; field: string; value: string; merged: number }
interface Listing { answer_id: number; at: string | null; position: number | null; label_en: string | null; label_es: string | null; merged: number }

/** A listing of one question row: its `at` is that row ("row 522") or a part of it ("row 522 choices"). */
const ofRow = (at: string | null, row: string | null) => row !== null && at !== null && (at === row || at.startsWith(`${row} `));

export function fillReleaseOptions(db: Database.Database, releaseId: string, ev: Evidence): void {
  // The row each question comes from: a version's own row for it, else the release item's row.
  const version = ev.versionId !== undefined;
  const questions = db.prepare(`SELECT r.item_id AS id, ${version ? 'x.at' : 'r.at'} AS row FROM release_items r
      ${version ? 'LEFT JOIN module_version_items x ON x.item_id = r.item_id AND x.version_id = ?' : ''}
    WHERE r.release_id = ? AND r.source = ?`).all(...(version ? [ev.versionId] : []), releaseId, ev.source) as { id: number; row: string | null }[];
  const listings = db.prepare(`SELECT l.answer_id, l.at, l.position, l.label_en, l.label_es, coalesce(o.position, 1e6) AS merged
      FROM option_listings l LEFT JOIN options o ON o.question_id = l.question_id AND o.answer_id = l.answer_id
    WHERE l.question_id = ? AND l.source = ? AND coalesce(l.label_en, l.label_es) IS NOT NULL ORDER BY l.rowid`);
  // The source's option labels of the release's questions, read once (a query per question scanned
  // the source's labels each time: 3 s of the build).
  const labels = new Map<number, Label[]>();
  const labelRows = db.prepare(`SELECT p.context_id AS question, p.item_id AS answer_id, p.field, p.value, coalesce(o.position, 1e6) AS merged
      FROM provenance p JOIN release_items r ON r.item_id = p.context_id AND r.release_id = ? AND r.source = p.source
      LEFT JOIN options o ON o.question_id = p.context_id AND o.answer_id = p.item_id
    WHERE p.source = ? AND p.field IN ('option.label.en', 'option.text.es') ORDER BY p.rowid`).all(releaseId, ev.source) as (Label & { question: number })[];
  for (const l of labelRows) labels.set(l.question, [...(labels.get(l.question) ?? []), l]);
  const opt = db.prepare(`INSERT INTO release_options (release_id, question_id, answer_id, position, label_en, label_es, source) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET label_en = coalesce(label_en, excluded.label_en), label_es = coalesce(label_es, excluded.label_es)`);
  for (const q of questions) {
    const all = listings.all(q.id, ev.source) as Listing[];
    const own = all.filter((l) => ofRow(l.at, q.row));
    // A row that is one answer of the question (Data Browser: a row per answer) is not its list.
    if (own.length > 1 || (own.length && own.length === all.length)) {
      for (const l of own) opt.run(releaseId, q.id, l.answer_id, l.position ?? l.merged, l.label_en, l.label_es, ev.source);
      continue;
    }
    for (const l of labels.get(q.id) ?? []) {
      opt.run(releaseId, q.id, l.answer_id, l.merged, l.field === 'option.label.en' ? l.value : null, l.field === 'option.text.es' ? l.value : null, ev.source);
    }
  }
}
