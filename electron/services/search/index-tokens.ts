// The full-text index's tokens and the columns holding each (search_tokens, kept by the build),
// read once per handle (some 10,000 tokens, about 1 MB). A tier whose words no column of it
// holds cannot match, and its FTS5 statement (some 15–80 µs, most of a search's time) is not
// run: a concept ID is no word of any wording, a code's words are in no wording, a misspelling
// is nowhere. Only words of a–z, 0–9 and the accented Latin-1 letters are decided here, since
// FTS5 cuts and folds those as foldWord does (test/unit/search/index-tokens.test.ts checks each
// letter); any other word may match, and the statement runs as before.
import { foldWord } from '../../../codebooks/write/search-words';
import type { Codebook } from '../store';
import { byCodeUnits, firstAtLeast } from './sorted-terms';

/** A tier's alternative for one term: the phrase `words` in any of `cols`, the last word a prefix if `prefix`. */
export interface Alternative {
  cols: readonly string[];
  words: readonly string[];
  prefix: boolean;
}

interface Tokens {
  /** Each token's columns, one bit per column of COLUMNS. */
  cols: Map<string, number>;
  /** The tokens in JavaScript's order: the ones starting with a prefix are together. */
  sorted: string[];
}

const COLUMNS = ['code', 'words_en', 'words_es', 'stems_en', 'stems_es', 'more_en', 'more_es'];
const BIT = new Map(COLUMNS.map((c, i) => [c, 1 << i]));
// A column not listed (none now) counts as any column: never a reason to skip.
const ANY = (1 << COLUMNS.length) - 1;
const ASCII = /^[a-z0-9]+$/;
/** Letters FTS5's unicode61 (remove_diacritics 2) folds as foldWord does: not æ, ð, ø, þ, ß. */
export const FOLDED_LETTERS = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const DECIDED = new RegExp(`^[a-z0-9${FOLDED_LETTERS}]+$`);

/** The token FTS5 makes of a word typed, or null when not decided here. */
export const tokenOf = (w: string): string | null => (ASCII.test(w) ? w : DECIDED.test(w) ? foldWord(w) : null);
const loaded = new WeakMap<Codebook, Tokens | null>();

function tokens(db: Codebook): Tokens | null {
  let t = loaded.get(db);
  if (t === undefined) {
    const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_tokens'`).get() !== undefined;
    const cols = new Map<string, number>();
    if (has) for (const [term, col] of db.prepare('SELECT term, col FROM search_tokens').raw().iterate() as Iterable<[string, string]>) cols.set(term, (cols.get(term) ?? 0) | (BIT.get(col) ?? ANY));
    // A database built before the table: nothing is decided, every statement runs.
    t = has ? { cols, sorted: [...cols.keys()].sort(byCodeUnits) } : null;
    loaded.set(db, t);
  }
  return t;
}

/** Whether a column of `mask` may hold the word (or, `prefix`, a token starting with it). */
function mayHold(t: Tokens, typed: string, mask: number, prefix: boolean): boolean {
  const w = tokenOf(typed);
  if (w === null) return true;
  if (!prefix) return ((t.cols.get(w) ?? 0) & mask) !== 0;
  for (let i = firstAtLeast(t.sorted, w); i < t.sorted.length && t.sorted[i]!.startsWith(w); i++) if (t.cols.get(t.sorted[i]!)! & mask) return true;
  return false;
}

function mayMatch(t: Tokens, a: Alternative): boolean {
  const mask = a.cols.reduce((m, c) => m | (BIT.get(c) ?? ANY), 0);
  return a.words.every((w, i) => mayHold(t, w, mask, a.prefix && i === a.words.length - 1));
}

/**
 * False when the index certainly holds no match of these terms (each a list of alternatives, all
 * of them required): some term has no alternative whose every word some column of it holds.
 */
export function mayFind(db: Codebook, terms: readonly (readonly Alternative[])[]): boolean {
  const t = tokens(db);
  return t === null || terms.every((alts) => alts.some((a) => mayMatch(t, a)));
}

/** Some token other than `w` (a token) that starts with it is in a column of `mask`. */
function extended(t: Tokens, w: string, mask: number): boolean {
  for (let i = firstAtLeast(t.sorted, w); i < t.sorted.length && t.sorted[i]!.startsWith(w); i++) if (t.sorted[i] !== w && t.cols.get(t.sorted[i]!)! & mask) return true;
  return false;
}

/** Every row matching `wider` matches `narrow` too (same words): the columns `wider` adds hold no match, nor its prefix more words. */
function covers(t: Tokens, narrow: Alternative, wider: Alternative): boolean {
  if (narrow.words.length !== wider.words.length || narrow.words.some((w, i) => w !== wider.words[i])) return false;
  if (!narrow.cols.every((c) => wider.cols.includes(c))) return false;
  const mask = narrow.cols.reduce((m, c) => m | (BIT.get(c) ?? ANY), 0);
  const last = tokenOf(wider.words.at(-1)!);
  if (wider.prefix && !narrow.prefix && (last === null || extended(t, last, mask))) return false;
  const extra = wider.cols.filter((c) => !narrow.cols.includes(c));
  return extra.length === 0 || !mayMatch(t, { cols: extra, words: wider.words, prefix: wider.prefix });
}

/**
 * False when every row matching `terms` certainly matches `before` too (the previous level's
 * tier, whose matches are all shown by then): each alternative of each term is covered by one of
 * `before`'s for that term. "smok" typed finds nothing "smoke" did not, where no longer word
 * starts with it; the answer labels add nothing for a word no answer label holds.
 */
export function mayAdd(db: Codebook, terms: readonly (readonly Alternative[])[], before: readonly (readonly Alternative[])[]): boolean {
  const t = tokens(db);
  if (t === null || terms.length !== before.length) return true;
  return !terms.every((alts, i) => alts.every((a) => before[i]!.some((b) => covers(t, b, a))));
}

/**
 * False when no code starts with `lower` (a query in lower case): the code column's first token
 * is a code's leading letters and digits, so a code starting with "smoking_smoke" has the token
 * "smoking", and one starting with "smok" a token starting with it. Decided for a query starting
 * with a–z or 0–9 only.
 */
export function mayStartCode(db: Codebook, lower: string): boolean {
  const t = tokens(db);
  const head = /^[a-z0-9]+/.exec(lower)?.[0];
  if (t === null || head === undefined) return true;
  const next = lower.charAt(head.length);
  const code = BIT.get('code')!;
  if (next === '') return mayHold(t, head, code, true);
  return /[\x00-\x7f]/.test(next) ? mayHold(t, head, code, false) : true;
}
