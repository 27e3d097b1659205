// What the user typed, made well-formed. Its own module: the renderer's local search imports it,
// and search.ts would bring the contract's schemas (zod) into that chunk with it.
const MAX_QUERY = 2000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** No control characters, no lone surrogates, bounded. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query.slice(0, MAX_QUERY).replace(LONE_SURROGATE, ' ').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').trim();
}
