// A question asked in several releases can have one answer list per release, coded differently
// (the 2018 Personal Medical History's codes, PFHH's concept IDs for the same wordings). The answers
// table shows each list apart, the newest first, rather than one list with every wording twice.
import type { Answer } from '../../../../electron/contract/models';
import type { ItemRelease } from '../../../../electron/contract/releases';

export interface AnswerGroup {
  /** The releases whose lists hold these answers, newest first; [] for answers no release lists. */
  releases: ItemRelease[];
  answers: Answer[];
}

/** One group per distinct set of releases, the newest release's first; a single group when all agree. */
export function answerGroups(answers: Answer[], releases: ItemRelease[]): AnswerGroup[] {
  const rank = newestFirst(releases);
  const byKey = new Map<string, Answer[]>();
  for (const a of answers) {
    const key = (a.releases ?? []).filter((id) => rank.has(id)).join(',');
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  if (byKey.size <= 1) return [{ releases: [], answers }];
  const named = (key: string) => (key ? key.split(',').map((id) => rank.get(id)!) : []).sort((a, b) => a.rank - b.rank);
  const groups = [...byKey].map(([key, list]) => ({ named: named(key), answers: list }));
  const first = (g: { named: { rank: number }[] }) => g.named[0]?.rank ?? Infinity;
  return groups.sort((a, b) => first(a) - first(b)).map((g) => ({ releases: g.named.map((n) => n.release), answers: g.answers }));
}

/** The item's releases come module by module, oldest first: rank each, newest of the first module first. */
function newestFirst(releases: ItemRelease[]): Map<string, { rank: number; release: ItemRelease }> {
  const modules: string[] = [];
  for (const r of releases) if (!modules.includes(r.module)) modules.push(r.module);
  const out = new Map<string, { rank: number; release: ItemRelease }>();
  let rank = 0;
  for (const m of modules) for (const r of releases.filter((x) => x.module === m).reverse()) out.set(r.id, { rank: rank++, release: r });
  return out;
}
