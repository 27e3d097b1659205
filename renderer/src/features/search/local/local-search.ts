// The service's search (electron/services/search/search.ts) over the in-memory index, for the
// renderer to answer in the keystroke's own task. It answers only what it answers identically
// (test/unit/search/local-search.test.ts checks every benchmark and judged query against the
// service on the real database); otherwise it returns null and the page waits for the service:
// with a filter, and when nothing is found (the service then suggests or corrects the spelling).
import type { SearchHit, SearchOptions, SearchResult } from '../../../../../electron/contract/models';
import type { StoredHit } from '../../../../../electron/services/search/docs';
import { prefixWeight } from '../../../../../electron/services/search/exact';
import { beforeTypedLetter, parseQuery, type ParsedQuery } from '../../../../../electron/services/search/fts-query';
import { highlighter, highlightMatches, holdsMatch } from '../../../../../electron/services/search/highlight';
import { LEVELS, type Lang, type Tier } from '../../../../../electron/services/search/levels';
import { cleanQuery } from '../../../../../electron/services/search/clean-query';
import { highlight } from '../../../../../electron/services/search/snippet';
import { stemWord } from '../../../../../codebooks/write/search-stems';
import type { Column, LocalIndex } from './local-index';
import { wordsOfText } from './local-index';
import { matchRanks, type Alternative } from './local-match';
import { hasUnknownWord, nothingToCorrect } from './local-vocab';

const SCORE = { 'concept-id': 3000, code: 2000, wording: 1000, stem: 800, typing: 700, more: 600 } as const;
const KIND_ORDER = { module: 0, question: 1, topic: 2, answer: 3 } as const;
const WORDING: Record<Lang, ('en' | 'es')[]> = { en: ['en'], es: ['es'], any: ['en', 'es'] };
const WORDS: Record<Lang, Column[]> = { en: ['words_en'], es: ['words_es'], any: ['words_en', 'words_es'] };
const MORE: Record<Lang, Column[]> = { en: ['more_en'], es: ['more_es'], any: ['more_en', 'more_es'] };

const plainSnippet = (h: StoredHit, lang: Lang) => highlight((lang === 'es' ? h.text.es ?? h.text.en : h.text.en ?? h.text.es) ?? h.code ?? '');

class Engine {
  constructor(private ix: LocalIndex, private lang: Lang) {}

  english = (w: string): string | null => this.ix.translations.get(stemWord(w, 'es')) ?? null;

  private alt(columns: readonly Column[], words: string[], prefix: boolean): Alternative {
    return { columns, words: wordsOfText(words.join(' ')), prefix };
  }

  /** levels.ts's tierQuery as alternatives; null when the tier adds nothing. */
  tierTerms(tier: Tier, q: ParsedQuery, withEnglish = true): Alternative[][] | null {
    if (q.terms.length === 0) return null;
    const last = q.terms.length - 1;
    const typing = (i: number) => i === last && q.lastIsPrefix && q.terms[last]!.at(-1)!.length >= 2;
    if (tier === 'typing' && !typing(last)) return null;
    const langs: ('en' | 'es')[] = WORDING[this.lang];
    const stems = (t: string[]): Alternative[] => {
      const out = langs.map((l) => this.alt([`stems_${l}`], t.map((w) => stemWord(w, l)), false));
      const en = withEnglish && this.lang === 'any' && t.length === 1 ? this.english(t[0]!) : null;
      if (en && en !== stemWord(t[0]!, 'en')) out.push(this.alt(['stems_en'], [en], false));
      return out;
    };
    const words = WORDS[this.lang];
    return q.terms.map((t, i) => {
      switch (tier) {
        case 'wording': return [this.alt(words, t, false)];
        case 'code': return [this.alt(['code'], t, false)];
        case 'stem': return [this.alt([...words, 'code'], t, false), ...stems(t)];
        case 'typing': return [this.alt([...words, 'code'], t, typing(i)), ...stems(t)];
        case 'more': return [this.alt([...words, ...MORE[this.lang], 'code'], t, typing(i)), ...stems(t)];
      }
    });
  }

  ranks(tier: Tier, q: ParsedQuery, limit: number, withEnglish = true): number[] {
    const terms = this.tierTerms(tier, q, withEnglish);
    return terms ? matchRanks(this.ix, terms, limit) : [];
  }

  byConceptId(q: string, limit: number): number[] {
    if (!/^\d{1,15}$/.test(q)) return [];
    return (this.ix.concepts.get(Number(q)) ?? []).slice(0, limit).map(([, rank]) => rank);
  }

  byCode(q: string, limit: number): number[] {
    if (q === '' || /\s/.test(q)) return [];
    return (this.ix.byCode.get(q.toLowerCase()) ?? []).slice(0, limit);
  }

  byCodePrefix(q: string, limit: number): { rank: number; weight: number }[] {
    const lower = q.toLowerCase();
    if (lower.length < 2 || /\s/.test(lower)) return [];
    const out: { rank: number; weight: number }[] = [];
    const codes = this.ix.codes;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid]![0] <= lower) lo = mid + 1;
      else hi = mid;
    }
    // Codes are ASCII and unique: those after the query that start with it, in code order.
    for (let i = lo; i < codes.length && out.length < limit && codes[i]![0].startsWith(lower); i++) {
      out.push({ rank: codes[i]![1], weight: prefixWeight(this.ix.hits[codes[i]![1]]!.code!, q) });
    }
    return out;
  }

  /** The first `count` letters of each word's shortest form, as text.ts's codeStems. */
  codeStems(q: ParsedQuery): string[][] {
    return q.terms.flat().filter((w) => w.length >= 4).map((w) => {
      const own = [w, stemWord(w, 'en'), stemWord(w, 'es')].sort((a, b) => a.length - b.length)[0]!.slice(0, 4);
      const en = this.english(w)?.slice(0, 4);
      return en && en.length >= 3 && en !== own ? [own, en] : [own];
    });
  }
}

function codeNames(code: string | null, stems: string[][]): number {
  if (!code || stems.length === 0) return 0;
  const c = code.toLowerCase();
  return stems.filter((forms) => forms.some((s) => c.includes(s))).length;
}

/** text.ts's byText: every level's hits, best level first, skipping the ranks in `seen`. */
function byText(e: Engine, ix: LocalIndex, parsed: ParsedQuery, lang: Lang, limit: number, seen: Set<number>, extra: (tier: Tier) => { rank: number; weight: number }[]) {
  const out: { rank: number; stored: StoredHit; tier: Tier; html: string | null; prefix: boolean }[] = [];
  const stems = e.codeStems(parsed);
  const marks = highlighter(parsed);
  const wordMarks = highlighter({ ...parsed, lastIsPrefix: false });
  for (const level of LEVELS) {
    if (out.length >= limit) break;
    const found = new Map<number, Tier[]>();
    const prefixed = new Map<number, number>();
    for (const tier of level) {
      const ranks = e.ranks(tier, parsed, limit - out.length + seen.size);
      const more = extra(tier);
      for (const d of more) prefixed.set(d.rank, d.weight);
      for (const r of [...ranks, ...more.map((d) => d.rank)]) if (!seen.has(r)) found.set(r, [...(found.get(r) ?? []), tier]);
    }
    const rows = [...found.keys()].map((rank) => {
      const stored = ix.hits[rank]!;
      const tiers = found.get(rank)!;
      const tier = tiers[0]!;
      const own = tiers.includes('wording') ? 2 : holdsMatch(WORDING[lang].map((l) => stored.text[l]), tier === 'typing' ? marks : wordMarks) ? 1 : 0;
      const code = prefixed.get(rank) ?? Number(tiers.includes('code'));
      return { rank, stored, tier, prefix: prefixed.has(rank), own, score: own + code + codeNames(stored.code, stems) };
    });
    rows.sort((a, b) => KIND_ORDER[a.stored.kind] - KIND_ORDER[b.stored.kind] || b.score - a.score || a.rank - b.rank);
    for (const r of rows) {
      if (out.length >= limit) break;
      seen.add(r.rank);
      const texts: (string | null)[] = WORDING[lang].map((l) => r.stored.text[l]);
      if (r.tier === 'more') texts.push(...WORDING[lang].map((l) => ix.more[r.rank]![l === 'en' ? 0 : 1]));
      texts.push(r.stored.code);
      const html = r.tier === 'code' ? (r.own ? highlightMatches(WORDING[lang].map((l) => r.stored.text[l]), wordMarks) : null) : highlightMatches(texts, marks);
      out.push({ rank: r.rank, stored: r.stored, tier: r.tier, html, prefix: r.prefix });
    }
  }
  return out;
}

/**
 * The service's answer to this query, computed here, or null when this engine cannot tell it
 * identically (a filter; nothing found, where the service may suggest a spelling).
 */
export function localSearch(ix: LocalIndex, query: string, options: SearchOptions = {}): SearchResult | null {
  return localQuery(ix, query, options, true);
}

/** `letterFallback`: as search.ts's, once. */
function localQuery(ix: LocalIndex, query: string, options: SearchOptions, letterFallback: boolean): SearchResult | null {
  const started = performance.now();
  if (options.survey || options.kind || options.instrument) return null;
  const lang: Lang = options.lang ?? 'any';
  const limit = options.limit ?? 50;
  const q = cleanQuery(query);
  if (q === '') return null;
  const e = new Engine(ix, lang);
  const hits: SearchHit[] = [];
  const seen = new Set<number>();
  const exact = (ranks: number[], match: 'concept-id' | 'code') => {
    for (const rank of [...new Set(ranks)].filter((r) => !seen.has(r)).slice(0, limit - hits.length)) {
      seen.add(rank);
      hits.push({ ...ix.hits[rank]!, snippet: plainSnippet(ix.hits[rank]!, lang), score: SCORE[match], match });
    }
  };
  exact(e.byConceptId(q, limit), 'concept-id');
  exact(e.byCode(q, limit), 'code');
  const parsed = parseQuery(q);
  // Where the service skips its text tiers (a word it does not know, that its broadest tier
  // without translations does not find), it may answer differently: leave it to the service.
  if (hits.length === 0 && e.ranks('more', parsed, 1, false).length === 0 && hasUnknownWord(ix, parsed)) return null;
  if (hits.length < limit) {
    const textLimit = limit - hits.length;
    const extra = (tier: Tier) => (tier === 'code' ? e.byCodePrefix(q, textLimit + seen.size) : []);
    for (const r of byText(e, ix, parsed, lang, textLimit, seen, extra)) {
      hits.push({
        ...r.stored,
        snippet: r.html ?? plainSnippet(r.stored, lang),
        score: r.tier === 'code' ? SCORE.wording : SCORE[r.tier],
        match: r.prefix ? 'code-prefix' : 'text',
      });
    }
  }
  // A word's first letter, as typed, found nothing: the service shows the words before it.
  const before = hits.length === 0 && letterFallback ? beforeTypedLetter(q) : null;
  const took = () => Math.round((performance.now() - started) * 100) / 100;
  if (before === '') return { hits, suggestions: [], corrected: null, resultsFor: '', tookMs: took() };
  if (before !== null) {
    const r = localQuery(ix, before, options, false);
    if (r === null) return null;
    if (r.hits.length > 0 && !r.corrected) return { ...r, resultsFor: before, tookMs: took() };
  }
  // Nothing found: the service suggests spellings, unless every word is one it leaves as typed
  // or knows ("h", "1585"): then its answer is this empty one.
  if (hits.length === 0 && !nothingToCorrect(ix, parsed)) return null;
  return { hits, suggestions: [], corrected: null, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}
