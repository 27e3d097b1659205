// Highlighted snippets made here rather than by FTS5's snippet(): that needs a second full-text
// lookup per row shown, and a prefix longer than the prefix index ("enfermedad*") costs a merge
// of every matching term's doclist each time (5 ms a row at 100× the data). Tokens are cut and
// folded as FTS5's unicode61 tokenizer does (letters and digits, lower case, no diacritics).
// A search highlights up to hundreds of texts: their tokens are cut once (tokens.ts), only the
// tokens sharing a query word's first letters are compared, and only marks are escaped apart.
import { stemWord } from '../../../codebooks/write/search-stems';
import { foldWord } from '../../../codebooks/write/search-words';
import type { ParsedQuery } from './fts-query';
import { escapeHtml } from './snippet';
import { tokensOf, type Tokens } from './tokens';

const WINDOW = 16;

const wordAt = (t: Tokens, i: number) => {
  const w = t.folded.slice(t.starts[i], t.ends[i]);
  return t.marks ? w.replace(/\p{M}+/gu, '') : w;
};

/** A token matches a query word exactly, as a prefix while typing, or by its English or Spanish stem. */
function tokenMatches(t: Tokens, i: number, w: string, prefix: boolean): boolean {
  const start = t.starts[i]!;
  const length = t.ends[i]! - start;
  if (!t.marks) {
    // Most tokens share no first letter with the word: decided without making a string.
    if (t.folded.charCodeAt(start) !== w.charCodeAt(0)) return false;
    if (t.folded.startsWith(w, start) && (prefix ? length >= w.length : length === w.length)) return true;
    // Stems share their first letters with the word: compare only then (stemming costs more).
    if (length < 3 || !t.folded.startsWith(w.slice(0, 3), start)) return false;
  }
  const tok = wordAt(t, i);
  if (prefix ? tok.startsWith(w) : tok === w) return true;
  if (tok.slice(0, 3) !== w.slice(0, 3)) return false;
  return stemWord(tok, 'en') === stemWord(w, 'en') || stemWord(tok, 'es') === stemWord(w, 'es');
}

/** Indexes of the tokens that match a term (every word of a phrase, in order; the last as a prefix if typed so). */
function matchedTokens(toks: Tokens, terms: string[][], lastIsPrefix: boolean): { marked: Set<number>; terms: number } {
  const marked = new Set<number>();
  let found = 0;
  const n = toks.starts.length;
  terms.forEach((words, t) => {
    const prefix = t === terms.length - 1 && lastIsPrefix;
    let any = false;
    for (let i = 0; i + words.length <= n; i++) {
      let ok = true;
      for (let k = 0; ok && k < words.length; k++) ok = tokenMatches(toks, i + k, words[k]!, prefix && k === words.length - 1);
      if (ok) {
        any = true;
        for (let k = 0; k < words.length; k++) marked.add(i + k);
      }
    }
    if (any) found++;
  });
  return { marked, terms: found };
}

/** What a query's highlighting needs, made once per search: its terms folded and their first letters. */
export interface Highlighter {
  terms: string[][];
  heads: string[];
  lastIsPrefix: boolean;
}

export function highlighter(q: ParsedQuery): Highlighter {
  const terms = q.terms.map((t) => t.map(foldWord));
  return { terms, heads: [...new Set(terms.flat().map((w) => w.slice(0, 3)))], lastIsPrefix: q.lastIsPrefix };
}

/** The text (of `texts`, in order of preference) matching the most terms, cut around its first match, as safe HTML. */
export function highlightMatches(texts: (string | null | undefined)[], q: ParsedQuery | Highlighter): string | null {
  const h = 'heads' in q ? q : highlighter(q);
  let best: { text: string; toks: Tokens; marked: Set<number>; terms: number } | null = null;
  for (const text of texts) {
    if (!text) continue;
    const toks = tokensOf(text);
    // Cheap test first: a text without any query word's first letters cannot match (stems share them).
    if (!h.heads.some((x) => toks.folded.includes(x))) continue;
    const m = matchedTokens(toks, h.terms, h.lastIsPrefix);
    if (m.terms > (best?.terms ?? 0)) best = { text, toks, ...m };
    // The first text (in order of preference) that matches every term is the one shown.
    if (best && best.terms === h.terms.length) break;
  }
  return best && cut(best.text, best.toks, best.marked);
}

/** Whether highlightMatches would mark something in these texts, without making the snippet. */
export function holdsMatch(texts: (string | null | undefined)[], h: Highlighter): boolean {
  for (const text of texts) {
    if (!text) continue;
    const toks = tokensOf(text);
    if (h.heads.some((x) => toks.folded.includes(x)) && matchedTokens(toks, h.terms, h.lastIsPrefix).terms > 0) return true;
  }
  return false;
}

/** WINDOW tokens from just before the first mark, escaped, marks wrapped (neighbouring marks joined). */
function cut(text: string, toks: Tokens, marked: Set<number>): string {
  const n = toks.starts.length;
  const first = Math.min(...marked);
  const from = Math.max(0, Math.min(first - 3, n - WINDOW));
  const to = Math.min(n, from + WINDOW);
  let html = from > 0 ? '…' : '';
  let at = from > 0 ? toks.starts[from]! : 0;
  for (let i = from; i < to; i++) {
    if (!marked.has(i)) continue;
    let j = i;
    // Marked tokens separated by spaces only share one mark.
    while (j + 1 < to && marked.has(j + 1) && /^\s+$/.test(text.slice(toks.ends[j]!, toks.starts[j + 1]!))) j++;
    html += `${escapeHtml(text.slice(at, toks.starts[i]!))}<mark>${escapeHtml(text.slice(toks.starts[i]!, toks.ends[j]!))}</mark>`;
    at = toks.ends[j]!;
    i = j;
  }
  return html + (to < n ? `${escapeHtml(text.slice(at, toks.ends[to - 1]!))}…` : escapeHtml(text.slice(at)));
}
