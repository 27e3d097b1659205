// Cuts whatever a user typed into words and phrases for a safe FTS5 query (levels.ts). The
// user's string is never passed to FTS5 as syntax: it is cut into words (letters and digits
// only), each word is quoted, quoted phrases stay phrases, and the last word matches as a prefix
// so results come as the user types.

export interface ParsedQuery {
  /** Words and phrases, each a list of words. */
  terms: string[][];
  /** The last term is still being typed (no closing quote or space after it). */
  lastIsPrefix: boolean;
}

const MAX_TERMS = 16;
const MAX_WORD = 64;
const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(s: string): string[] {
  return (s.normalize('NFC').match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD).toLowerCase());
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, 2000);
  const terms: string[][] = [];
  const re = /"([^"]*)("?)|([^\s"]+)/g;
  let lastIsPrefix = false;
  for (let m = re.exec(text); m && terms.length < MAX_TERMS; m = re.exec(text)) {
    const ws = wordsOf(m[1] ?? m[3] ?? '');
    if (ws.length === 0) continue;
    if (m[1] !== undefined) {
      terms.push(ws);
      lastIsPrefix = m[2] === '';
    } else {
      for (const w of ws) if (terms.length < MAX_TERMS) terms.push([w]);
      lastIsPrefix = true;
    }
  }
  if (terms.length > 0 && /\s$/.test(text)) lastIsPrefix = false;
  return { terms, lastIsPrefix };
}

/**
 * A word is looked for by its beginning from its second letter (levels.ts's typing tier): while
 * its first letter alone is typed, it matches only a one-letter word ("vitamin d"). Where that
 * finds nothing, the search shows the words before it instead. Returns those words ('' when the
 * letter is all there is), or null when the query does not end in such a letter.
 */
export function beforeTypedLetter(input: string): string | null {
  const text = input.trim();
  const parsed = parseQuery(text);
  const last = parsed.terms.at(-1);
  if (!parsed.lastIsPrefix || last?.length !== 1 || last[0]!.length !== 1 || wordsOf(text).length > MAX_TERMS) return null;
  // Cut at the letter itself: `"smok "f` keeps its closed phrase, `(w` its bracket's left side.
  const at = text.search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u);
  // Shown to the user: single spaces, no punctuation left hanging before the letter ("smoking (f").
  const before = text.slice(0, at).replace(/[^\p{L}\p{N}"\s]+$/u, '').replace(/\s+/g, ' ').trim();
  // The words before it as they were searched ("smok" stays a whole word in `"smok "f`).
  return sameTerms(parseQuery(before).terms, parsed.terms.slice(0, -1)) ? before : null;
}

function sameTerms(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((t, i) => t.length === b[i]!.length && t.every((w, j) => w === b[i]![j]));
}
