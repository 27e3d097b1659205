// `npm run bench:import`: writes a synthetic Athena download (default 6,000,000 concepts, one
// relationship each, a synonym for every fourth; PPI_BENCH_CONCEPTS changes the size) into the
// ignored .cache/bench-import/ folder, imports it through the same worker-thread job as the app,
// and reports the import rate, the peak memory of the process (main thread and worker), the
// database size, and search latency on the result. Never run by npm test.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ImportedData } from '../../electron/services/imports/imported-data';
import { ImportJobs } from '../../electron/services/imports/jobs';
import { importPath } from '../../electron/services/imports/store';
import { percentile } from '../stats';
import { importQueries } from './queries';
import { writeSyntheticAthena } from './synthetic-athena';
import { searchImports } from '../../electron/services/imports/search-imports';

const root = resolve(import.meta.dirname, '..', '..');
const concepts = Number(process.env.PPI_BENCH_CONCEPTS ?? 6_000_000);
const work = join(root, '.cache', 'bench-import');
const folder = join(work, `synthetic-athena-${concepts}`);
const userData = join(work, 'user-data');

if (!existsSync(join(folder, 'done'))) {
  console.error(`writing ${folder} ...`);
  rmSync(folder, { recursive: true, force: true });
  await writeSyntheticAthena(folder, concepts);
  writeFileSync(join(folder, 'done'), '');
}
// CPU ticks (1/100 s) of each thread of the process, read from /proc (Linux) at each sample;
// a thread's last reading stays after it ends.
const threadTicks = new Map<string, number>();
function sampleThreads(): void {
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threadTicks.set(tid, Number(f[11]) + Number(f[12]));
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

// `-- --search-only`: time the search again on the last import, without importing (the search
// code changed, or to re-time on a quieter machine).
const searchOnly = process.argv.includes('--search-only');
let imported: Record<string, unknown> = {};
if (!searchOnly) imported = await importFolder();

async function importFolder(): Promise<Record<string, unknown>> {
  rmSync(userData, { recursive: true, force: true });
  mkdirSync(userData, { recursive: true });
  
  console.error(`load average before the import: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let peak = 0;
  let peakStep = '';
  const jobs = new ImportJobs({ userDataDir: userData, release: () => {} });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const started = jobs.start(folder);
  const sample = setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) [peak, peakStep] = [rss, jobs.status(started.id)?.step ?? ''];
    sampleThreads();
  }, 50);
  const job = await jobs.wait(started.id);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sample);
  if (job.status !== 'done' || !job.result) throw new Error(`import ${job.status}: ${job.error}`);
  const rows = job.result.rows;
  const dbBytes = statSync(importPath(userData, 'athena')).size;
  const inputBytes = ['VOCABULARY', 'CONCEPT', 'CONCEPT_RELATIONSHIP', 'CONCEPT_SYNONYM'].reduce((s, f) => s + statSync(join(folder, `${f}.csv`)).size, 0);
  return {
    rows,
    seconds: Number(seconds.toFixed(1)),
    rowsPerSecond: Math.round(rows / seconds),
    // CPU time of the whole process (every thread): on a shared machine, the part of the wall time
    // this import actually ran, so rows per CPU second is the figure that load does not distort.
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    rowsPerCpuSecond: Math.round(rows / ((cpu.user + cpu.system) / 1e6)),
    // The busiest threads' CPU seconds (the import's two writers lead): on a free 2-core machine the
    // import's wall time is about the busier writer's, plus the part after it waits for the other.
    busiestThreadsCpuSeconds: [...threadTicks.values()].sort((a, b) => b - a).slice(0, 4).map((t) => Number((t / 100).toFixed(1))),
    peakRssMB: Math.round(peak / 2 ** 20),
    peakRssDuring: peakStep,
    inputMB: Math.round(inputBytes / 1e6),
    databaseMB: Math.round(dbBytes / 1e6),
  };
}

const data = new ImportedData(userData);
const summary = JSON.parse(data.athena()!.db.prepare("SELECT value FROM meta WHERE key = 'summary'").pluck().get() as string) as { seconds: Record<string, number>; cpuSeconds?: Record<string, number> };
// Each step's wall seconds, and the CPU seconds of the thread that ran it.
const steps = Object.fromEntries(Object.entries(summary.seconds).map(([k, v]) => [k, summary.cpuSeconds?.[k] === undefined ? v : `${v} (cpu ${summary.cpuSeconds[k]})`]));
const queries = importQueries(concepts);
for (const q of queries.slice(0, 20)) searchImports(data, q.query, q); // warm the page cache a little
const times = queries
  .map((q) => {
    const t = performance.now();
    searchImports(data, q.query, q);
    return performance.now() - t;
  })
  .sort((a, b) => a - b);
data.close();

const report = {
  concepts,
  ...imported,
  steps,
  searchQueries: times.length,
  searchP50ms: Number(percentile(times, 50).toFixed(2)),
  searchP95ms: Number(percentile(times, 95).toFixed(2)),
  searchMaxMs: Number(Math.max(...times).toFixed(2)),
  loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
};
console.log(JSON.stringify(report, null, 1));
if (!searchOnly) writeFileSync(join(work, 'last-report.json'), JSON.stringify(report, null, 1));
