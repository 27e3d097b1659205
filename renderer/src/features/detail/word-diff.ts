// The word-level difference from the original source wording to the All of Us wording (F4).
import { diffWordings, isIdenticalDiff, type WordDiffPart } from '../../../../electron/contract/word-diff';

export type DiffPart = WordDiffPart;

/** Parts in reading order: "removed" words are the original's, "added" words All of Us's. */
export function wordDiff(original: string, allOfUs: string): DiffPart[] {
  return diffWordings(original, allOfUs);
}

export const isIdentical = isIdenticalDiff;
