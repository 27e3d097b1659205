// `npm run test:mutation [-- area... | --report]`: StrykerJS over each area of
// test/mutation/areas.json in turn (see stryker.config.mjs), then one table of every mutated file
// and the total score (`--report`: only the table, from the last reports). Fails under the target.
// Reports: reports/mutation/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const TARGET = 85;
type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface Report {
  files: Record<string, { mutants: { status: Status; mutatorName: string; replacement?: string; location: { start: { line: number } } }[] }>;
}

const areas = Object.keys(JSON.parse(readFileSync('test/mutation/areas.json', 'utf8')) as Record<string, unknown>);
const args = process.argv.slice(2);
const chosen = args.filter((a) => areas.includes(a));
const reportOnly = args.includes('--report');
const strykerFlags = args.filter((a) => !areas.includes(a) && a !== '--report');
const unknown = strykerFlags.filter((a) => !a.startsWith('-'));
if (unknown.length) throw new Error(`unknown area ${unknown.join(', ')}: the areas are ${areas.join(', ')}`);

mkdirSync('reports/mutation', { recursive: true });
const started = Date.now();
for (const area of reportOnly ? [] : chosen.length ? chosen : areas) {
  console.log(`\n=== mutation testing: ${area}`);
  const run = spawnSync('npx', ['stryker', 'run', ...strykerFlags], { stdio: 'inherit', env: { ...process.env, MUTATION_AREA: area } });
  if (run.status !== 0) throw new Error(`stryker failed for ${area} (exit ${run.status})`);
}

const rows: string[] = [];
const survivors: string[] = [];
let [detected, undetected] = [0, 0];
for (const area of areas) {
  let report: Report;
  try {
    report = JSON.parse(readFileSync(`reports/mutation/${area}.json`, 'utf8')) as Report;
  } catch {
    rows.push(`${area}: no report yet`);
    continue;
  }
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (...s: Status[]) => mutants.filter((m) => s.includes(m.status)).length;
    const [k, t, s, n] = [count('Killed'), count('Timeout'), count('Survived'), count('NoCoverage')];
    detected += k + t;
    undetected += s + n;
    const score = k + t + s + n ? ((100 * (k + t)) / (k + t + s + n)).toFixed(2) : 'n/a';
    rows.push(`${score.padStart(7)}  killed ${String(k).padStart(3)}  timeout ${String(t).padStart(2)}  survived ${String(s).padStart(3)}  no cover ${String(n).padStart(2)}  ${file}`);
    for (const m of mutants) if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push(`  ${file}:${m.location.start.line} ${m.mutatorName} ${m.status}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90)}`);
  }
}
const total = detected + undetected ? (100 * detected) / (detected + undetected) : 0;
const summary = [
  `mutation score per file (killed + timeout of killed + timeout + survived + no coverage):`,
  ...rows,
  `${total.toFixed(2).padStart(7)}  total: ${detected} detected, ${undetected} undetected (target ${TARGET}%)`,
  ...(survivors.length ? ['undetected mutants:', ...survivors] : []),
  `run time ${Math.round((Date.now() - started) / 1000)} s`,
].join('\n');
console.log(`\n${summary}`);
writeFileSync('reports/mutation/summary.txt', summary + '\n');
if (total < TARGET) process.exitCode = 1;
