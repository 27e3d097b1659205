// Word-level difference between two wordings (F4, release diffs): the longest common subsequence
// of their words, where words are compared without letter case or punctuation and every fill-in
// blank ("____", "[ ]", "( )", "{Fill1: ...}") is the same word. Pure: used by main and renderer.

export interface WordDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** For shared words printed otherwise in `before` (case, punctuation, spacing): how `before` prints them. */
  before?: string;
}

interface Token {
  /** As printed, with the whitespace that follows it. */
  text: string;
  key: string;
}

const BLANK = /^(_{2,}|\[\s*_*\s*\]|\(\s*_*\s*\)|\{[^}]*\})[.,;:?!]*$/;
/** Beyond this many words on a side the table would be too large: the texts are shown as replaced. */
const MAX_WORDS = 2000;

/** The comparison key of one printed word: lower case, letters and digits only; blanks are one word. */
export function wordKey(word: string): string {
  if (BLANK.test(word)) return '<blank>';
  return word.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Splits a wording into words; punctuation standing alone ("–", "…") rides with the word before it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // A fill-in blank written with inner spaces ("[ ]", "{Fill1: that month}") is one word.
  const re = /(\[\s*_*\s*\]|\(\s*_*\s*\)|\{[^}]*\}|\S+)(\s*)/g;
  let lead = /^\s*/.exec(text)![0];
  for (const m of text.slice(lead.length).matchAll(re)) {
    const word = m[1]!;
    const key = wordKey(word);
    const last = out[out.length - 1];
    if (!key && last) last.text += m[0];
    else out.push({ text: lead + m[0], key });
    lead = '';
  }
  return out;
}

/**
 * Parts in reading order: "removed" words are `before`'s, "added" words `after`'s; words both
 * share are shown as `after` prints them (with `before`'s printing beside them where it differs), so
 * both wordings can be rebuilt exactly from the parts (see `rebuild`).
 */
export function diffWordings(before: string, after: string): WordDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return merge([...a.map((t) => part('removed', t)), ...b.map((t) => part('added', t))]);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i]!.key === b[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.key === b[j]!.key) {
      parts.push(a[i]!.text === b[j]!.text ? part('same', b[j]!) : { kind: 'same', text: b[j]!.text, before: a[i]!.text });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) parts.push(part('removed', a[i++]!));
    else parts.push(part('added', b[j++]!));
  }
  while (i < a.length) parts.push(part('removed', a[i++]!));
  while (j < b.length) parts.push(part('added', b[j++]!));
  return merge(parts);
}

/** One side's wording from the parts: 'before' or 'after'. */
export function rebuild(parts: WordDiffPart[], side: 'before' | 'after'): string {
  return parts
    .filter((p) => p.kind !== (side === 'before' ? 'added' : 'removed'))
    .map((p) => (side === 'before' && p.kind === 'same' ? (p.before ?? p.text) : p.text))
    .join('');
}

export const isIdenticalDiff = (parts: WordDiffPart[]) => parts.every((p) => p.kind === 'same');

function part(kind: WordDiffPart['kind'], t: Token): WordDiffPart {
  return { kind, text: t.text };
}

/** Joins neighbouring parts of one kind: "removed" runs read as phrases. */
function merge(parts: WordDiffPart[]): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) {
      if (p.kind === 'same' && (last.before !== undefined || p.before !== undefined)) last.before = (last.before ?? last.text) + (p.before ?? p.text);
      last.text += p.text;
    } else out.push({ ...p });
  }
  return out;
}
