// `npm run bench`: our search against a LIKE scan and grep, on the bundled database and on the
// synthetic one 100 times larger, over the same fixed query set. Prints one table.
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { defaultDbPath } from '../codebooks/paths';
import { search } from '../electron/services/search/search';
import { openCodebook, metaValue } from '../electron/services/store';
import { exportText, grepFile, likeScan } from './baselines';
import { relevanceLines } from './relevance';
import { evaluate } from './relevance/ndcg';
import { makeQueries, QUERY_SEED } from './queries';
import { summarize, timeEach, type Latency } from './stats';
import { ensureSynthetic, SYNTHETIC_COPIES } from './synthetic';
import { factTable, latencyTable } from './table';

const log = (l: string) => process.stderr.write(l + '\n');
const realPath = defaultDbPath();
const benchDir = join(realPath, '..', 'bench');
const syn = ensureSynthetic(realPath, join(benchDir, 'synthetic.sqlite'), log);

const real = openCodebook(realPath);
const queries = makeQueries(real);
const texts = queries.map((x) => x.q);
const counts = new Map<string, number>();
for (const x of queries) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);

function openMs(path: string): number {
  const t: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const db = openCodebook(path);
    db.prepare(`SELECT 1 FROM search_text WHERE search_text MATCH '"survey"' LIMIT 1`).get();
    t.push(performance.now() - s);
    db.close();
  }
  return summarize(t).p50;
}

interface Measured { ours: Latency; oursOnSubset: Latency; like: Latency; grep: Latency; items: number; sizeMb: number; openMs: number; buildS: number }

/**
 * `every`: the baselines run on every n-th query only (a LIKE scan of the synthetic database takes
 * seconds per query); their ratios are then taken against ours on that same subset.
 */
async function measure(label: string, path: string, rounds: { ours: number; like: number; grep: number }, every: number): Promise<Measured> {
  const db = openCodebook(path);
  const subset = texts.filter((_, i) => i % every === 0);
  const ours1 = (q: string) => search(db, q, { limit: 50 });
  log(`${label}: our search`);
  const ours = summarize(timeEach(texts, rounds.ours, ours1));
  const oursOnSubset = every === 1 ? ours : summarize(timeEach(subset, rounds.ours, ours1));
  log(`${label}: LIKE scan (${subset.length} queries)`);
  const like = summarize(timeEach(subset, rounds.like, likeScan(db), every === 1));
  const file = join(benchDir, `${label}.txt`);
  await exportText(db, file);
  log(`${label}: grep (${subset.length} queries)`);
  const grep = summarize(timeEach(subset, rounds.grep, grepFile(file), every === 1));
  const items = (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
  const report = JSON.parse(metaValue(db, 'report') ?? '{}') as { buildSeconds?: number };
  const synSeconds = Number(metaValue(db, 'synthetic_build_seconds') ?? NaN);
  db.close();
  return { ours, oursOnSubset, like, grep, items, sizeMb: statSync(path).size / 1e6, openMs: openMs(path), buildS: Number.isNaN(synSeconds) ? report.buildSeconds ?? NaN : synSeconds };
}

const relevance = evaluate((q) => search(real, q, { limit: 50 }).hits);
const SYNTHETIC_EVERY = 10;
const b = await measure('bundled', realPath, { ours: 5, like: 3, grep: 3 }, 1);
const s = await measure('synthetic', syn.path, { ours: 3, like: 1, grep: 1 }, SYNTHETIC_EVERY);
real.close();

const n = (x: number) => x.toLocaleString('en-US');
const bundledLabel = `bundled (${n(b.items)} items)`;
const syntheticLabel = `synthetic ${SYNTHETIC_COPIES}× (${n(s.items)} items)`;
const mix = [...counts].map(([k, c]) => `${c} ${k}`).join(', ');
const verdict = (l: Latency, target: number) => `${l.p95 <= target ? 'met' : 'NOT met'} (p95 ${l.p95.toFixed(2)} ms ≤ ${target} ms)`;
const ratio = (base: Latency, ours: Latency, target: number) => {
  const r = base.p95 / ours.p95;
  return `${r >= target ? 'met' : 'NOT met'} (${r.toFixed(1)}× ≥ ${target}×)`;
};
const out = [
  `search benchmark: ${queries.length} queries (seed ${QUERY_SEED}): ${mix}`,
  `each query as typed, limit 50, no filters; an untimed pass (synthetic baselines: one query), then each query's median over its rounds (bundled/synthetic):`,
  `ours 5/3, LIKE 3/1, grep 3/1; machine load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`,
  `baselines on the synthetic database: every ${SYNTHETIC_EVERY}th query (${Math.ceil(queries.length / SYNTHETIC_EVERY)}); their ÷ there is against ours on those same queries (ours: p95 ${s.oursOnSubset.p95.toFixed(2)} ms)`,
  '',
  latencyTable([
    { name: 'ours: FTS5 search service', bundled: b.ours, synthetic: s.ours },
    { name: "baseline: LIKE '%q%' scan", bundled: b.like, synthetic: s.like },
    { name: 'baseline: grep -i -F, 1 process/q', bundled: b.grep, synthetic: s.grep },
  ], bundledLabel, syntheticLabel, { name: 'ours on the baselines\' queries', bundled: b.oursOnSubset, synthetic: s.oursOnSubset }),
  '',
  factTable([
    ['database size', `${b.sizeMb.toFixed(1)} MB`, `${s.sizeMb.toFixed(1)} MB`],
    ['open time (open + first query)', `${b.openMs.toFixed(2)} ms`, `${s.openMs.toFixed(2)} ms`],
    ['build time', `${b.buildS.toFixed(1)} s (build report)`, `${s.buildS.toFixed(1)} s (synthetic generator${syn.built ? ', this run' : ', cached'})`],
  ], 48),
  '',
  `target p95 ≤ 1 ms on the bundled data: ${verdict(b.ours, 1)}`,
  `target p95 ≤ 10 ms at ${SYNTHETIC_COPIES}×: ${verdict(s.ours, 10)}`,
  `target ≥ 5× faster than the LIKE scan at p95, bundled: ${ratio(b.like, b.ours, 5)}`,
  `target ≥ 20× faster than grep at p95 at ${SYNTHETIC_COPIES}×: ${ratio(s.grep, s.oursOnSubset, 20)}`,
  '',
  ...relevanceLines(relevance),
  '',
  `÷ = baseline time divided by ours at the same percentile. Baselines search the literal string (phrase quotes removed) and`,
  `neither rank, fold accents nor match concept IDs; grep's time includes starting the process (grep over ${'build/bench/*.txt'}).`,
];
console.log(out.join('\n'));
