// Texts cut into tokens as FTS5's unicode61 tokenizer does (letters and digits, lower case, no
// diacritics), for highlighting. The text is folded keeping its length, so the folded and the
// written text share offsets; tokens are offsets. A text's tokens do not depend on the query and
// the same texts come back keystroke after keystroke: they are kept (a bounded number).
import { foldWord } from '../../../codebooks/write/search-words';

const MARK = /\p{M}/u;
const ASCII = /^[\x00-\x7f]*$/;

const foldedChars = new Map<string, string>();

/** One UTF-16 unit folded, or kept when folding would change the length (a mark, a surrogate). */
function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    const w = foldWord(c);
    foldedChars.set(c, (f = w.length === 1 ? w : c));
  }
  return f;
}

/** The text lower-cased without diacritics, with the same length as the text. */
export function foldSameLength(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const whole = foldWord(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const c of text.split('')) out += c.charCodeAt(0) < 128 ? c.toLowerCase() : foldChar(c);
  return out;
}

/** Token offsets in the folded text, and each token's words as FTS5 compares them. */
export interface Tokens {
  folded: string;
  starts: number[];
  ends: number[];
  /** The folded text keeps combining marks (text written decomposed): tokens are compared without them. */
  marks: boolean;
}

const TOKEN_CHAR = /[\p{L}\p{N}\p{M}]/u;
const tokenChars = new Map<number, boolean>();
const ASCII_TOKEN = Array.from({ length: 128 }, (_, c) => /[a-zA-Z0-9]/.test(String.fromCharCode(c)));

function isTokenChar(cp: number): boolean {
  if (cp < 128) return ASCII_TOKEN[cp]!;
  let t = tokenChars.get(cp);
  if (t === undefined) tokenChars.set(cp, (t = TOKEN_CHAR.test(String.fromCodePoint(cp))));
  return t;
}

/** Token boundaries by a scan of code points (a regex match per token costs several times more). */
function tokens(folded: string): Tokens {
  const t: Tokens = { folded, starts: [], ends: [], marks: MARK.test(folded) };
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const cp = folded.codePointAt(i)!;
    const tok = isTokenChar(cp);
    if (tok && start < 0) start = i;
    else if (!tok && start >= 0) {
      t.starts.push(start);
      t.ends.push(i);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) {
    t.starts.push(start);
    t.ends.push(folded.length);
  }
  return t;
}

const MAX_KEPT = 40_000;
const kept = new Map<string, Tokens>();

export function tokensOf(text: string): Tokens {
  let t = kept.get(text);
  if (!t) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(text, (t = tokens(foldSameLength(text))));
  }
  return t;
}
