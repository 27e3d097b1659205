// `node --max-semi-space-size=32 codebooks/run-bundled.mjs scripts/time-merge.ts`: imports every
// source (PDFs from the cache when filled), then times the merge alone: wall time, this thread's
// CPU (which load moves less) and the process's, and a digest of the merged codebook, so that a
// change meant only for speed can be checked in one run before the database is built and compared
// (scripts/db-facts-diff.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sourceFile } from '../codebooks/importers/types';
import { IMPORTERS } from '../codebooks/importers/registry';
import { mergeAll, type SourceResult } from '../codebooks/merge/merge';
import { releaseAlignThreads, warmAlignThreads } from '../codebooks/merge/spanish-align-threads';
import { loadManifest } from '../codebooks/sources/manifest';
import { locateAll } from '../codebooks/sources/locate';

/** CPU of this thread so far, in ms (Linux: utime + stime in 10 ms ticks). */
function threadCpu(): number {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

const manifest = loadManifest();
const results: SourceResult[] = [];
for (const l of await locateAll(manifest, {})) {
  const importer = IMPORTERS[l.entry.format];
  if (l.path === null || !importer) continue;
  results.push({ entry: l.entry, result: await importer(sourceFile(l.entry, l.path)) });
}
// As the build does: the alignment's workers are started before the merge and ready when it needs them.
warmAlignThreads();
await new Promise((r) => setTimeout(r, 1500));
const [cpu0, thread0, t0] = [process.cpuUsage(), threadCpu(), performance.now()];
const cb = mergeAll(manifest, results);
const [wall, thread, cpu] = [performance.now() - t0, threadCpu() - thread0, process.cpuUsage(cpu0)];
releaseAlignThreads();
const hash = createHash('sha256');
// The pages' texts and runs are the importers', passed through: left out of the digest.
const plain = (k: string, v: unknown) => (k === 'pageRuns' || k === 'pageTexts' ? undefined : v instanceof Map || v instanceof Set ? [...v] : v);
for (const k of ['modules', 'items', 'order', 'options', 'branching', 'versions', 'sources', 'conflicts', 'notes', 'meta', 'untiedAnswerIds', 'ceilings'] as const) hash.update(k + JSON.stringify(cb[k], plain));
console.log(`merge ${wall.toFixed(0)} ms wall, main thread CPU ${thread} ms, process CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; digest ${hash.digest('hex').slice(0, 16)}`);
process.exit(0);
