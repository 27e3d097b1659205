// Question detail: in which releases of its module(s) an item was asked, and with which wording.
import type { ItemRelease } from '../../contract/releases';
import type { Codebook } from '../store';
import { releaseTexts } from './list';
import { releaseScope, type ReleaseScope } from './scope';
import { newestOf, releaseRanks } from '../../contract/release-rank';

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

/** Per answer of the question, the releases whose answer list holds it, oldest first. */
export function answerReleases(db: Codebook, questionId: number): Map<number, string[]> {
  const rows = db.prepare(`SELECT DISTINCT o.answer_id AS answerId, o.release_id AS release FROM release_options o
    JOIN releases r ON r.id = o.release_id WHERE o.question_id = ? ORDER BY r.module_id, r.position`).all(questionId) as { answerId: number; release: string }[];
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.answerId, [...(out.get(r.answerId) ?? []), r.release]);
  return out;
}

/**
 * A question's answers in the order its releases show them (the trainer's: the printed order where
 * the build knows it), not the merged list's, which follows one source's rows. Answers are grouped
 * by the newest release that lists each (the question's page shows the groups apart), the newest
 * release first, each group in that release's order; answers no release lists come last, in the
 * order of `fallback` (the newest release that asks the question). Answers a release does not
 * show keep their merged order, after the ones it does.
 */
export function inReleaseOrder<T extends { answerId: number; releases: string[] }>(db: Codebook, questionId: number, answers: T[], releases: ItemRelease[]): T[] {
  const ranks = releaseRanks(releases);
  const fallback = newestAsking(releases);
  const orderOf = new Map<string, Map<number, number>>();
  const placeIn = (release: string | null, answerId: number): number => {
    if (!release) return Infinity;
    if (!orderOf.has(release)) {
      const listed = scopeOf(db, release)?.options(questionId) ?? [];
      orderOf.set(release, new Map(listed.map((o, i) => [o.answerId, i])));
    }
    return orderOf.get(release)!.get(answerId) ?? Infinity;
  };
  const keyed = answers.map((a, i) => {
    const newest = newestOf(a.releases, ranks);
    return { a, i, group: newest === null ? Infinity : ranks.get(newest)!, place: placeIn(newest ?? fallback, a.answerId) };
  });
  const by = (x: number, y: number) => (x === y ? 0 : x - y);
  return keyed.sort((x, y) => by(x.group, y.group) || by(x.place, y.place) || x.i - y.i).map((k) => k.a);
}

/** The newest release that asks the item, of its first module (the current one where it is in one). */
function newestAsking(releases: ItemRelease[]): string | null {
  const first = releases.find((r) => r.status === 'in')?.module;
  return releases.filter((r) => r.module === first && r.status === 'in').at(-1)?.id ?? null;
}

// A release's scope costs tens of milliseconds to read (its members, texts and lists) and the
// database never changes while open: read once per release, for every question page after.
const scopes = new WeakMap<Codebook, Map<string, ReleaseScope | null>>();

function scopeOf(db: Codebook, releaseId: string): ReleaseScope | null {
  let byRelease = scopes.get(db);
  if (!byRelease) scopes.set(db, (byRelease = new Map()));
  if (!byRelease.has(releaseId)) {
    const moduleId = db.prepare('SELECT module_id FROM releases WHERE id = ?').pluck().get(releaseId) as number | undefined;
    byRelease.set(releaseId, moduleId === undefined ? null : releaseScope(db, moduleId, releaseId));
  }
  return byRelease.get(releaseId)!;
}
