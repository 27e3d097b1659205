// Diagnostic: the slowest queries of the benchmark set on one database (npx tsx bench/slowest.ts [db]).
import { defaultDbPath } from '../codebooks/paths';
import { search } from '../electron/services/search/search';
import { openCodebook } from '../electron/services/store';
import { makeQueries } from './queries';

const real = openCodebook(defaultDbPath());
const queries = makeQueries(real);
const db = process.argv[2] ? openCodebook(process.argv[2]) : real;
const rows = queries.map((x) => {
  search(db, x.q);
  const t = performance.now();
  const r = search(db, x.q);
  return { ...x, ms: performance.now() - t, hits: r.hits.length, sugg: r.suggestions.length };
});
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows.slice(0, Number(process.argv[3] ?? 15))) console.log(r.ms.toFixed(1).padStart(8), r.kind.padEnd(12), r.hits, r.sugg, r.q);
