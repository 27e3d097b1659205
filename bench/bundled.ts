// `npx tsx bench/bundled.ts [rounds] [db]`: the search service alone on the bundled benchmark set
// (bench/queries.ts), in seconds rather than `npm run bench`'s minutes: each query's median and
// fastest over its rounds (the median as `npm run bench` reports it), and the SQL statements a
// search runs (full-text ones apart), a figure the machine's load does not move.
import { loadavg } from 'node:os';
import { defaultDbPath } from '../codebooks/paths';
import { search } from '../electron/services/search/search';
import { openCodebook } from '../electron/services/store';
import { makeQueries } from './queries';
import { summarize, timeEach } from './stats';

const rounds = Number(process.argv[2] ?? 9);
const db = openCodebook(process.argv[3] || defaultDbPath());
const texts = makeQueries(db).map((x) => x.q);
const run = (q: string) => search(db, q, { limit: 50 });

// Statements: every run of a prepared statement of this handle, counted over one pass.
const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
let statements = 0;
let fullText = 0;
for (const m of ['all', 'get', 'iterate']) {
  const original = proto[m]!;
  proto[m] = function (this: { source: string }, ...a: unknown[]) {
    statements++;
    if (/\bMATCH\b/.test(this.source)) fullText++;
    return original.apply(this, a);
  };
}
for (const q of texts) run(q);
statements = fullText = 0;
for (const q of texts) run(q);
const counted = { statements, fullText };

const medians = timeEach(texts, rounds, run);
const fastest: number[] = texts.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
  texts.forEach((q, i) => {
    const t = performance.now();
    run(q);
    fastest[i] = Math.min(fastest[i]!, performance.now() - t);
  });
}
const f = (x: number) => x.toFixed(3);
const m = summarize(medians);
const b = summarize(fastest);
console.log(`bundled set: ${texts.length} queries, ${rounds} rounds, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`median of rounds: p50 ${f(m.p50)} / p95 ${f(m.p95)} / p99 ${f(m.p99)} ms`);
console.log(`fastest of rounds: p50 ${f(b.p50)} / p95 ${f(b.p95)} / p99 ${f(b.p99)} ms`);
console.log(`statements per pass: ${counted.statements} (${counted.fullText} full-text), ${(counted.statements / texts.length).toFixed(2)} per query`);
db.close();
