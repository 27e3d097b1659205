// The word-level difference from the original source wording to the All of Us wording (F4).
import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Parts in reading order: "removed" words are the original's, "added" words All of Us's. */
export function wordDiff(original: string, allOfUs: string): DiffPart[] {
  return diffWords(original, allOfUs).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

export const isIdentical = (parts: DiffPart[]) => parts.every((p) => p.kind === 'same');
