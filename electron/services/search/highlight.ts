// Highlighted snippets made here rather than by FTS5's snippet(): that needs a second full-text
// lookup per row shown, and a prefix longer than the prefix index ("enfermedad*") costs a merge
// of every matching term's doclist each time (5 ms a row at 100× the data). Tokens are cut and
// folded as FTS5's unicode61 tokenizer does (letters and digits, lower case, no diacritics).
import { stemWord } from '../../../codebooks/write/search-stems';
import { foldWord } from '../../../codebooks/write/search-words';
import type { ParsedQuery } from './fts-query';
import { escapeHtml } from './snippet';

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const WINDOW = 16;
const ASCII = /^[\x00-\x7f]*$/;

interface Token { start: number; end: number; folded: string }

function tokens(text: string): Token[] {
  // Folding (NFD) is the costly part: ASCII tokens only need lower case.
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: ASCII.test(m[0]) ? m[0].toLowerCase() : foldWord(m[0]) }));
}

/** A token matches a query word exactly, as a prefix while typing, or by its English or Spanish stem. */
function tokenMatches(tok: Token, w: string, prefix: boolean): boolean {
  if (prefix ? tok.folded.startsWith(w) : tok.folded === w) return true;
  // Stems share their first letters with the word: compare only then (stemming costs more).
  if (tok.folded.slice(0, 3) !== w.slice(0, 3)) return false;
  return stemWord(tok.folded, 'en') === stemWord(w, 'en') || stemWord(tok.folded, 'es') === stemWord(w, 'es');
}

/** Indexes of the tokens that match a term (every word of a phrase, in order; the last as a prefix if typed so). */
function matchedTokens(toks: Token[], q: ParsedQuery): { marked: Set<number>; terms: number } {
  const marked = new Set<number>();
  let terms = 0;
  q.terms.forEach((words, t) => {
    const prefix = t === q.terms.length - 1 && q.lastIsPrefix;
    const folded = words.map(foldWord);
    let found = false;
    for (let i = 0; i + folded.length <= toks.length; i++) {
      const ok = folded.every((w, k) => tokenMatches(toks[i + k]!, w, prefix && k === folded.length - 1));
      if (ok) {
        found = true;
        folded.forEach((_, k) => marked.add(i + k));
      }
    }
    if (found) terms++;
  });
  return { marked, terms };
}

/** The text (of `texts`, in order of preference) matching the most terms, cut around its first match, as safe HTML. */
export function highlightMatches(texts: (string | null | undefined)[], q: ParsedQuery): string | null {
  let best: { text: string; toks: Token[]; marked: Set<number>; terms: number } | null = null;
  const words = q.terms.flat().map(foldWord);
  for (const text of texts) {
    // Cheap test first: a text without any query word's first letters cannot match (stems share them).
    if (!text) continue;
    const folded = ASCII.test(text) ? text.toLowerCase() : foldWord(text);
    if (!words.some((w) => folded.includes(w.slice(0, 3)))) continue;
    const toks = tokens(text);
    const m = matchedTokens(toks, q);
    if (m.terms > (best?.terms ?? 0)) best = { text, toks, ...m };
    // The first text (in order of preference) that matches every term is the one shown.
    if (best && best.terms === q.terms.length) break;
  }
  if (!best) return null;
  const first = Math.min(...best.marked);
  const from = Math.max(0, Math.min(first - 3, best.toks.length - WINDOW));
  const to = Math.min(best.toks.length, from + WINDOW);
  let html = from > 0 ? '…' : '';
  let at = from > 0 ? best.toks[from]!.start : 0;
  for (let i = from; i < to; i++) {
    const t = best.toks[i]!;
    html += escapeHtml(best.text.slice(at, t.start));
    const word = escapeHtml(best.text.slice(t.start, t.end));
    html += best.marked.has(i) ? `<mark>${word}</mark>` : word;
    at = t.end;
  }
  html += to < best.toks.length ? '…' : escapeHtml(best.text.slice(at));
  return html.replace(/<\/mark>(\s+)<mark>/g, '$1');
}
