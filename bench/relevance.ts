// `npm run bench:relevance`: nDCG@10 of our search over the relevance set, by query kind, with
// the worst queries (also printed by `npm run bench` beside the latencies).
import { defaultDbPath } from '../codebooks/paths';
import { search } from '../electron/services/search/search';
import { openCodebook } from '../electron/services/store';
import { evaluate, type RelevanceReport } from './relevance/ndcg';
import { JUDGED } from './relevance/judgements';

export function relevanceLines(r: RelevanceReport): string[] {
  const kinds = [...r.byKind].map(([k, v]) => `${k} ${v.mean.toFixed(3)} (${v.n})`).join(', ');
  return [
    `relevance: nDCG@10 ${r.mean.toFixed(3)} over ${JUDGED.length} judged queries (bench/relevance/judgements.ts)`,
    `  by kind: ${kinds}`,
    `  lowest: ${r.worst.map((w) => `"${w.q}" ${w.ndcg.toFixed(2)}`).join(', ')}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = openCodebook(defaultDbPath());
  console.log(relevanceLines(evaluate((q) => search(db, q, { limit: 50 }).hits)).join('\n'));
}
