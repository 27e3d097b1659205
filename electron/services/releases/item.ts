// Question detail: in which releases of its module(s) an item was asked, and with which wording.
import type { ItemRelease } from '../../contract/releases';
import type { Codebook } from '../store';
import { releaseTexts } from './list';

export function itemReleases(db: Codebook, itemId: number): ItemRelease[] {
  const rows = db.prepare(`SELECT r.id, r.label, r.date, r.complete, m.slug,
      (SELECT group_concat(DISTINCT x.source) FROM release_items x WHERE x.release_id = r.id AND x.item_id = ?1) AS sources
    FROM item_modules im JOIN releases r ON r.module_id = im.module_id JOIN modules m ON m.id = r.module_id
    WHERE im.item_id = ?1 ORDER BY m.status, m.id, r.position`).all({ 1: itemId }) as
    { id: string; label: string; date: string | null; complete: number; slug: string; sources: string | null }[];
  return rows.map((r) => {
    const t = r.sources ? releaseTexts(db, r.id).get(itemId) : undefined;
    return {
      module: r.slug,
      id: r.id,
      label: r.label,
      date: r.date,
      status: r.sources ? 'in' : r.complete ? 'out' : 'unknown',
      text: { en: t?.en ?? null, es: t?.es ?? null },
      sources: r.sources ? r.sources.split(',') : [],
    };
  });
}
