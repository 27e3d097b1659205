// Per module: how many releases, the share of questions whose release membership some source
// states, the releases no source dates, and the alignment flags of the default release.
import type { AlignFlag } from '../../contract/releases';
import type { Codebook } from '../store';
import { alignment } from './align';

export interface ReleaseReportRow {
  module: string;
  category: string;
  releases: number;
  questions: number;
  /** Questions at least one release's source lists. */
  known: number;
  undated: string[];
  defaultRelease: string | null;
  flags: Partial<Record<AlignFlag, number>>;
}

export function releaseReport(db: Codebook): ReleaseReportRow[] {
  const mods = db.prepare(`SELECT m.id, m.slug, m.category,
      (SELECT count(*) FROM releases r WHERE r.module_id = m.id) AS releases,
      (SELECT count(*) FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = m.id AND i.kind = 'question') AS questions,
      (SELECT count(*) FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = m.id AND i.kind = 'question'
         AND EXISTS (SELECT 1 FROM release_items x JOIN releases r ON r.id = x.release_id WHERE x.item_id = i.id AND r.module_id = m.id)) AS known
    FROM modules m ORDER BY m.category != 'survey', m.status, m.position IS NULL, m.position, m.slug`).all() as
    { id: number; slug: string; category: string; releases: number; questions: number; known: number }[];
  const undated = db.prepare('SELECT label FROM releases WHERE module_id = ? AND date IS NULL ORDER BY position');
  return mods.map((m) => {
    const a = m.releases ? alignment(db, m.slug) : null;
    const flags: Partial<Record<AlignFlag, number>> = {};
    for (const r of a?.rows ?? []) for (const f of r.flags) flags[f] = (flags[f] ?? 0) + 1;
    return {
      module: m.slug,
      category: m.category,
      releases: m.releases,
      questions: m.questions,
      known: m.known,
      undated: (undated.all(m.id) as { label: string }[]).map((r) => r.label),
      defaultRelease: a?.release.id ?? null,
      flags,
    };
  });
}
