// Comparing wordings: differences of spacing, quote style, letter case or a final colon are not
// rewordings, nor spaces that text extraction puts around a hyphen, an apostrophe, a slash or
// inside brackets ("part- time or full -time", "I don' t", "( removal").
import type { z } from 'zod';
import type { DiffPart } from '../../contract/releases';
import { diffWordings } from '../../contract/word-diff';

export function foldWording(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/"/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/\u00ad/g, '')
    .replace(/\s*([-'/])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.?]+$/, '')
    .trim()
    .toLowerCase();
}

export const sameWording = (a: string, b: string) => foldWording(a) === foldWording(b);

/** Word-level difference from `before` to `after` ("removed" words are before's). */
export function wordParts(before: string, after: string): z.infer<typeof DiffPart>[] {
  return diffWordings(before, after);
}
