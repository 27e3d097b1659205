// The releases of a module (docs/releases.md), and a release named by id, label or date in any
// letter case.
import type { Release, ReleaseRef } from '../../contract/releases';
import { findModuleId } from '../outline';
import type { Codebook } from '../store';

interface ReleaseRow {
  id: string;
  module_id: number;
  slug: string;
  label: string;
  date: string | null;
  date_basis: string | null;
  is_current: number;
  complete: number;
  languages: string;
  questions: number;
}

const SELECT = `SELECT r.*, m.slug, (SELECT count(DISTINCT x.item_id) FROM release_items x JOIN items i ON i.id = x.item_id
    WHERE x.release_id = r.id AND i.kind = 'question') AS questions
  FROM releases r JOIN modules m ON m.id = r.module_id`;

export class ReleaseNotFound extends Error {}

function toRelease(db: Codebook, r: ReleaseRow): Release {
  const sources = db.prepare('SELECT source, at, role, language, complete FROM release_sources WHERE release_id = ? ORDER BY rowid').all(r.id) as
    { source: string; at: string | null; role: string; language: string | null; complete: number }[];
  return {
    id: r.id,
    label: r.label,
    date: r.date,
    dateBasis: r.date_basis,
    languages: JSON.parse(r.languages) as string[],
    current: r.is_current === 1,
    complete: r.complete === 1,
    questionCount: r.questions,
    sources: sources.map((s) => ({ ...s, complete: s.complete === 1 })),
  };
}

export function listReleases(db: Codebook, survey: string): Release[] | null {
  const moduleId = findModuleId(db, survey);
  if (moduleId === null) return null;
  const rows = db.prepare(`${SELECT} WHERE r.module_id = ? ORDER BY r.position`).all(moduleId) as ReleaseRow[];
  return rows.map((r) => toRelease(db, r));
}

export interface ResolvedRelease extends ReleaseRef {
  moduleId: number;
  complete: boolean;
}

/**
 * `name`: a release id (any module), or a label or date of one of `moduleId`'s releases, any case;
 * empty or undefined: the module's default (current) release. Null when the module has none.
 */
export function resolveRelease(db: Codebook, moduleId: number, name?: string | null): ResolvedRelease | null {
  const n = (name ?? '').trim().toLowerCase();
  const rows = db.prepare(`${SELECT} WHERE r.module_id = ? OR lower(r.id) = ? ORDER BY r.module_id != ?, r.position`).all(moduleId, n, moduleId) as ReleaseRow[];
  const own = rows.filter((r) => r.module_id === moduleId);
  const hit = n === '' ? own.find((r) => r.is_current === 1) : rows.find((r) => r.id.toLowerCase() === n) ?? own.find((r) => r.label.toLowerCase() === n || r.date === n);
  if (!hit) {
    if (n === '') return null;
    const known = own.map((r) => `${r.id} ("${r.label}")`).join(', ');
    throw new ReleaseNotFound(`no release "${name}"${known ? `; releases: ${known}` : ''}`);
  }
  return { id: hit.id, label: hit.label, module: hit.slug, moduleId: hit.module_id, complete: hit.complete === 1 };
}

/** Topic and question ids in a release, with their position there. */
export function releaseMembers(db: Codebook, releaseId: string): Map<number, number | null> {
  const rows = db.prepare('SELECT item_id, min(position) AS position FROM release_items WHERE release_id = ? GROUP BY item_id').all(releaseId) as { item_id: number; position: number | null }[];
  return new Map(rows.map((r) => [r.item_id, r.position]));
}

/** Wording of each item in a release: its own sources only; questionnaires first, then PDFs, then codebooks. */
export function releaseTexts(db: Codebook, releaseId: string): Map<number, { en: string | null; es: string | null; esSource: string | null; answers: { en: string[] | null; es: string[] | null } }> {
  const rows = db.prepare(`SELECT t.item_id, t.lang, t.text, t.answers, t.source, s.role FROM release_texts t
      JOIN release_sources s ON s.release_id = t.release_id AND s.source = t.source
     WHERE t.release_id = ? ORDER BY CASE s.role WHEN 'questionnaire' THEN 0 WHEN 'instrument-pdf' THEN 1 ELSE 2 END, s.rowid`).all(releaseId) as
    { item_id: number; lang: 'en' | 'es'; text: string; answers: string | null; source: string; role: string }[];
  const out = new Map<number, { en: string | null; es: string | null; esSource: string | null; answers: { en: string[] | null; es: string[] | null } }>();
  for (const r of rows) {
    const t = out.get(r.item_id) ?? { en: null, es: null, esSource: null, answers: { en: null, es: null } };
    if (t[r.lang] === null) {
      t[r.lang] = r.text;
      if (r.lang === 'es') t.esSource = r.source;
    }
    if (r.answers && t.answers[r.lang] === null) t.answers[r.lang] = JSON.parse(r.answers) as string[];
    out.set(r.item_id, t);
  }
  return out;
}
