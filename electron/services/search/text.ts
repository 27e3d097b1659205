// The text tiers (levels.ts) run in order until the page is full; each hit gets a highlighted
// snippet of the text that matched (highlight.ts).
import { stemWord } from '../../../codebooks/write/search-stems';
import type { Codebook } from '../store';
import { storedHits, type DocRow, type StoredHit } from './docs';
import type { Filter } from './filters';
import type { ParsedQuery } from './fts-query';
import { highlighter, highlightMatches, holdsMatch } from './highlight';
import { mayAdd, mayFind, type Alternative } from './index-tokens';
import { ftsExpression, LEVELS, tierTerms, type Lang, type Tier } from './levels';
import { matchRows } from './postings';
import { prepared } from './statements';
import { englishStemOf } from './translations';

export type { Lang } from './levels';

/** A document given by the caller (a code prefix), with the weight of its evidence (1 or 2). */
export interface WeightedDoc extends DocRow {
  weight?: number;
}

export interface TextHitRow extends DocRow {
  stored: StoredHit;
  tier: Tier;
  /** Safe HTML with <mark>, or null when no text shown holds the match. */
  html: string | null;
  /** Found as a code starting with the whole query (`extra`). */
  prefix: boolean;
}

/**
 * One tier's matching ranks in search_docs order; exported so a test can check its plan. The
 * "code" tier reads search_code, which holds search_text's code column alone (same rowids).
 */
export function tierSql(filterSql: string, table: 'search_text' | 'search_code' = 'search_text'): string {
  return filterSql
    ? `SELECT t.rowid FROM ${table} t JOIN search_docs d ON d.rank = t.rowid JOIN items i ON i.id = d.item_id
         WHERE ${table} MATCH ?${filterSql} ORDER BY t.rowid LIMIT ?`
    : `SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?`;
}

const WORDING: Record<Lang, ('en' | 'es')[]> = { en: ['en'], es: ['es'], any: ['en', 'es'] };

/** A question's answer labels and help (more_en, more_es) of these rows, in one statement. */
function moreTexts(db: Codebook, ranks: number[]): Map<number, (string | null)[]> {
  if (ranks.length === 0) return new Map();
  const rows = prepared(db, 'SELECT rowid, more_en, more_es FROM search_text WHERE rowid IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ranks)) as [number, string | null, string | null][];
  return new Map(rows.map(([rank, en, es]) => [rank, [en, es]]));
}

/** `more`: the row's answer labels and help, for a row found by them (the match may be there). */
function snippetTexts(hit: StoredHit, lang: Lang, more: (string | null)[] | undefined): (string | null)[] {
  const texts: (string | null)[] = WORDING[lang].map((l) => hit.text[l]);
  if (more) texts.push(...WORDING[lang].map((l) => more[l === 'en' ? 0 : 1]!));
  texts.push(hit.code);
  return texts;
}

const KIND_ORDER = { module: 0, question: 1, topic: 2, answer: 3 } as const;

/**
 * The first letters of each word's shortest form (word or stem), as codes abbreviate them ("smok",
 * "alco"); for a Spanish word, of its English stem too ("fuman" → "smok"), since codes are English.
 */
function codeStems(db: Codebook, q: ParsedQuery): string[][] {
  return q.terms.flat().filter((w) => w.length >= 4).map((w) => {
    const own = [w, stemWord(w, 'en'), stemWord(w, 'es')].sort((a, b) => a.length - b.length)[0]!.slice(0, 4);
    const en = englishStemOf(db, w)?.slice(0, 4);
    return en && en.length >= 3 && en !== own ? [own, en] : [own];
  });
}

/**
 * Within a tier and a kind, an item whose code names the query's topic ("Smoking_…" for
 * "smoking", "Alcohol_…" for "alcohol") comes first: codes are what the codebook's authors
 * called the item, a passing mention in a long wording is not.
 */
function codeNames(code: string | null, stems: string[][]): number {
  if (!code || stems.length === 0) return 0;
  const c = code.toLowerCase();
  return stems.filter((forms) => forms.some((s) => c.includes(s))).length;
}

/**
 * Every level's hits, best level first, skipping the documents (ranks) in `seen` and adding its
 * own. `extra` gives more documents for a tier (code prefixes). `fullText` false: the caller
 * knows the full-text index holds no match, so only `extra` is read. Within a level: modules,
 * questions, topics, answers; then by the evidence of the item's own fields added up: its wording
 * holds the words (2) or their stems (1), its code starts with the query (2, or 1 inside a word)
 * or holds its words (1), its code names the topic of each word (1 each); then search_docs order.
 */
export function byText(db: Codebook, parsed: ParsedQuery, lang: Lang, f: Filter, limit: number, seen: Set<number>, extra?: (tier: Tier) => WeightedDoc[], fullText = true): TextHitRow[] {
  const out: TextHitRow[] = [];
  const stems = codeStems(db, parsed);
  const marks = highlighter(parsed);
  // Whether a document found by its code also has the words in its wording: as typed, not as a prefix.
  const wordMarks = highlighter({ ...parsed, lastIsPrefix: false });
  const english = (w: string) => englishStemOf(db, w);
  const tierRanks = prepared(db, tierSql(f.sql)).pluck();
  const codeRanks = prepared(db, tierSql(f.sql, 'search_code')).pluck();
  // Unfiltered, the rows come from the postings in memory when they decide (postings.ts).
  const tierRows = (terms: Alternative[][], statement: typeof tierRanks, n: number) =>
    (f.sql === '' ? matchRows(db, terms, n) : null) ?? (statement.all(ftsExpression(terms), ...f.params, n) as number[]);
  // The last level of one tier, run or ruled out: every row it matches has been shown.
  let before: Alternative[][] | null = null;
  for (const level of LEVELS) {
    if (out.length >= limit) break;
    // Each document with the tiers of this level that found it, the first one first.
    const found = new Map<number, Tier[]>();
    const prefixed = new Map<number, number>();
    for (const tier of level) {
      const terms = fullText ? tierTerms(tier, parsed, lang, english) : null;
      // Ranks only: a document already shown by a better level is skipped before it is read.
      // A tier the index's tokens rule out, or that can add no row to the level before, is not asked (index-tokens.ts).
      const asked = terms && mayFind(db, terms) && (level.length > 1 || before === null || mayAdd(db, terms, before));
      if (terms && level.length === 1) before = terms;
      const ranks = asked && terms ? tierRows(terms, tier === 'code' ? codeRanks : tierRanks, limit - out.length + seen.size) : [];
      const more = extra?.(tier) ?? [];
      for (const d of more) prefixed.set(d.rank, d.weight ?? 1);
      for (const r of [...ranks, ...more.map((d) => d.rank)]) if (!seen.has(r)) found.set(r, [...(found.get(r) ?? []), tier]);
    }
    const candidates = [...found.keys()];
    const rows = storedHits(db, candidates).map((stored, i) => {
      const rank = candidates[i]!;
      const tiers = found.get(rank)!;
      const tier = tiers[0]!;
      // Whether the item's own wording holds the words (or, beyond the first level, their stems):
      // found by its code or its answers alone, it may not. As typed: a prefix only while typing.
      const own = tiers.includes('wording') ? 2 : holdsMatch(WORDING[lang].map((l) => stored.text[l]), tier === 'typing' ? marks : wordMarks) ? 1 : 0;
      const prefix = prefixed.has(rank);
      const code = prefixed.get(rank) ?? Number(tiers.includes('code'));
      return { rank, stored, tier, prefix, own, score: own + code + codeNames(stored.code, stems) };
    });
    rows.sort((a, b) => KIND_ORDER[a.stored.kind] - KIND_ORDER[b.stored.kind] || b.score - a.score || a.rank - b.rank);
    const shown = rows.slice(0, limit - out.length);
    const more = moreTexts(db, shown.filter((r) => r.tier === 'more').map((r) => r.rank));
    for (const r of shown) {
      seen.add(r.rank);
      const html = r.tier === 'code' ? (r.own ? highlightMatches(WORDING[lang].map((l) => r.stored.text[l]), wordMarks) : null) : highlightMatches(snippetTexts(r.stored, lang, more.get(r.rank)), marks);
      out.push({ rank: r.rank, stored: r.stored, tier: r.tier, html, prefix: r.prefix });
    }
  }
  return out;
}

/** Whether a query finds anything at all (for suggestions): the broadest tier, one row. */
export function textFinds(db: Codebook, parsed: ParsedQuery, lang: Lang, f: Filter): boolean {
  const terms = tierTerms('more', parsed, lang);
  if (terms === null || !mayFind(db, terms)) return false;
  const rows = f.sql === '' ? matchRows(db, terms, 1) : null;
  return rows ? rows.length > 0 : prepared(db, tierSql(f.sql)).get(ftsExpression(terms), ...f.params, 1) !== undefined;
}
