// A question asked in several releases can have one answer list per release, coded differently
// (the 2018 Personal Medical History's codes, PFHH's concept IDs for the same wordings). The answers
// table groups the answers by the newest release that lists each, the newest release first (the
// service already orders them so), rather than one list with every wording twice.
import type { Answer } from '../../../../electron/contract/models';
import type { ItemRelease } from '../../../../electron/contract/releases';
import { newestOf, releaseRanks } from '../../../../electron/contract/release-rank';

export interface AnswerGroup {
  /** The newest release whose list holds these answers; null for answers no release lists, or when
   *  every answer is in one group (nothing to tell apart). */
  release: ItemRelease | null;
  /** The release is the newest that lists any of the question's answers (its list as it stands). */
  latest: boolean;
  answers: Answer[];
}

export function answerGroups(answers: Answer[], releases: ItemRelease[]): AnswerGroup[] {
  const ranks = releaseRanks(releases);
  const byRelease = new Map<string | null, Answer[]>();
  for (const a of answers) {
    const newest = newestOf(a.releases ?? [], ranks);
    byRelease.set(newest, [...(byRelease.get(newest) ?? []), a]);
  }
  if (byRelease.size <= 1) return [{ release: null, latest: true, answers }];
  const rank = (id: string | null) => (id === null ? Infinity : ranks.get(id)!);
  const ids = [...byRelease.keys()].sort((a, b) => rank(a) - rank(b));
  return ids.map((id, i) => ({ release: releases.find((r) => r.id === id) ?? null, latest: i === 0 && id !== null, answers: byRelease.get(id)! }));
}
