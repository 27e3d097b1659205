// The text tiers (levels.ts) run in order until the page is full; each hit gets a highlighted
// snippet of the text that matched (highlight.ts).
import { stemWord } from '../../../codebooks/write/search-stems';
import type { Codebook } from '../store';
import { storedHits, type DocRow, type StoredHit } from './docs';
import type { Filter } from './filters';
import type { ParsedQuery } from './fts-query';
import { highlighter, highlightMatches } from './highlight';
import { TIERS, tierQuery, type Lang, type Tier } from './levels';
import { prepared } from './statements';

export type { Lang } from './levels';

export interface TextHitRow extends DocRow {
  stored: StoredHit;
  tier: Tier;
  /** Safe HTML with <mark>, or null when no text shown holds the match. */
  html: string | null;
}

/** One tier's matching ranks in search_docs order; exported so a test can check its plan. */
export function tierSql(filterSql: string): string {
  return filterSql
    ? `SELECT t.rowid FROM search_text t JOIN search_docs d ON d.rank = t.rowid JOIN items i ON i.id = d.item_id
         WHERE search_text MATCH ?${filterSql} ORDER BY t.rowid LIMIT ?`
    : `SELECT rowid FROM search_text WHERE search_text MATCH ? LIMIT ?`;
}

const WORDING: Record<Lang, ('en' | 'es')[]> = { en: ['en'], es: ['es'], any: ['en', 'es'] };

function snippetTexts(db: Codebook, row: DocRow, hit: StoredHit, tier: Tier, lang: Lang): (string | null)[] {
  const texts: (string | null)[] = WORDING[lang].map((l) => hit.text[l]);
  if (tier === 'more') {
    // The match may be in a question's answer labels or help: read them for this row only.
    const more = prepared(db, 'SELECT more_en, more_es FROM search_text WHERE rowid = CAST(? AS INTEGER)').raw().get(row.rank) as (string | null)[];
    texts.push(...WORDING[lang].map((l) => more[l === 'en' ? 0 : 1]!));
  }
  texts.push(hit.code);
  return texts;
}

const KIND_ORDER = { module: 0, question: 1, topic: 2, answer: 3 } as const;

/** The first letters of each word's shortest form (word or stem), as codes abbreviate them ("smok", "alco"). */
function codeStems(q: ParsedQuery): string[] {
  return q.terms.flat().filter((w) => w.length >= 4).map((w) => [w, stemWord(w, 'en'), stemWord(w, 'es')].sort((a, b) => a.length - b.length)[0]!.slice(0, 4));
}

/**
 * Within a tier and a kind, an item whose code names the query's topic ("Smoking_…" for
 * "smoking", "Alcohol_…" for "alcohol") comes first: codes are what the codebook's authors
 * called the item, a passing mention in a long wording is not.
 */
function codeNames(code: string | null, stems: string[]): number {
  if (!code || stems.length === 0) return 0;
  const c = code.toLowerCase();
  return stems.filter((s) => c.includes(s)).length;
}

/**
 * Every tier's hits, best tier first, skipping the documents (ranks) in `seen` and adding its
 * own. `extra` gives more documents for a tier (code prefixes), merged in rank order. `fullText`
 * false: the caller knows the full-text index holds no match, so only `extra` is read.
 */
export function byText(db: Codebook, parsed: ParsedQuery, lang: Lang, f: Filter, limit: number, seen: Set<number>, extra?: (tier: Tier) => DocRow[], fullText = true): TextHitRow[] {
  const out: TextHitRow[] = [];
  const stems = codeStems(parsed);
  const marks = highlighter(parsed);
  const tierRanks = prepared(db, tierSql(f.sql)).pluck();
  for (const tier of TIERS) {
    if (out.length >= limit) break;
    const fts = tierQuery(tier, parsed, lang);
    if (!fts) continue;
    // Ranks only: a document already shown by a better tier is skipped before it is read.
    const found = fullText ? (tierRanks.all(fts, ...f.params, limit - out.length + seen.size) as number[]).filter((r) => !seen.has(r)) : [];
    const candidates = [...found, ...(extra?.(tier).map((r) => r.rank).filter((r) => !seen.has(r)) ?? [])];
    const rows = storedHits(db, candidates)
      .map((stored, i) => ({ rank: candidates[i]!, stored }))
      .sort((a, b) => KIND_ORDER[a.stored.kind] - KIND_ORDER[b.stored.kind] || codeNames(b.stored.code, stems) - codeNames(a.stored.code, stems) || a.rank - b.rank);
    for (const r of rows) {
      if (out.length >= limit || seen.has(r.rank)) continue;
      seen.add(r.rank);
      out.push({ ...r, tier, html: tier === 'code' ? null : highlightMatches(snippetTexts(db, r, r.stored, tier, lang), marks) });
    }
  }
  return out;
}

/** Whether a query finds anything at all (for suggestions): the broadest tier, one row. */
export function textFinds(db: Codebook, parsed: ParsedQuery, lang: Lang, f: Filter): boolean {
  const fts = tierQuery('more', parsed, lang);
  return fts !== null && prepared(db, tierSql(f.sql)).get(fts, ...f.params, 1) !== undefined;
}
