// The codebook build: locate every pinned source, import each with its format's importer, merge,
// write one SQLite file atomically, and report. Malformed input stops the build with a clear
// error before anything is renamed over the previous database.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sourceFile } from './importers/types';
import { IMPORTERS } from './importers/registry';
import { buildInputsHash } from './inputs-hash';
import { mergeAll, type SourceResult } from './merge/merge';
import { releaseAlignThreads, warmAlignThreads } from './merge/spanish-align-threads';
import { computeReport, type BuildReport } from './report/report';
import { moduleCeilings } from './report/ceiling-report';
import { loadManifest, type ManifestEntry } from './sources/manifest';
import { locateAll, type Located, type LocateOptions } from './sources/locate';
import { COMMIT_DATES } from './sources/upstreams';
import { reportPathFor } from './paths';
import { writeDatabase, type SourceRow } from './write/write-db';

export const SCHEMA_VERSION = '1';

/** Missing or unreadable sources: the build stops before writing anything. */
export class MissingSourcesError extends Error {
  constructor(missing: { file: string; reason: string }[]) {
    // Reasons from locate() usually start with the file already.
    const list = missing.map((m) => `  ${m.reason.startsWith(m.file) ? m.reason : `${m.file}: ${m.reason}`}`).join('\n');
    super(
      `${missing.length} source file${missing.length === 1 ? ' is' : 's are'} missing or unreadable:\n${list}\n` +
        'Nothing was written. Restore the file(s), or build without them on purpose with --partial (the report and the About page will say the build is partial).',
    );
    this.name = 'MissingSourcesError';
  }
}

export interface BuildOptions extends LocateOptions {
  out: string;
  /** Build even when source files are missing or unreadable (`--partial`); the report says so. */
  allowPartial?: boolean;
  manifest?: ManifestEntry[];
  log?: (line: string) => void;
}

function codebookAsOf(cb: ReturnType<typeof mergeAll>, entries: ManifestEntry[]): string | null {
  const dates = entries.map((e) => COMMIT_DATES[e.commit]).filter((d): d is string => !!d).sort();
  return dates.at(-1) ?? null;
}

/**
 * The files read in worker threads (the instrument PDFs, most of the work) are started first,
 * largest first, so the workers read them while the other files are parsed on this thread, and
 * no worker is left with a long PDF at the end. Only the start order changes: results are used
 * in manifest order.
 */
function startOrder(located: Located[]): Located[] {
  const offThread = located.filter((l) => OFF_THREAD_FORMATS.has(l.entry.format) && l.path !== null);
  const size = new Map(offThread.map((l) => [l, fileSize(l.path!)]));
  offThread.sort((a, b) => size.get(b)! - size.get(a)! || located.indexOf(a) - located.indexOf(b));
  return [...offThread, ...located.filter((l) => !size.has(l))];
}

const OFF_THREAD_FORMATS = new Set(['instrument-pdf']);

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the importer reports the unreadable file itself
  }
}

export async function buildCodebooks(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  // Fingerprint the build code as it is when the build starts: a file edited during the build
  // must leave the result stale.
  const inputsHash = buildInputsHash();
  const log = options.log ?? (() => {});
  const manifest = options.manifest ?? loadManifest();
  const located = await locateAll(manifest, options);
  const missing = located.filter((l) => l.origin === 'missing').map((l) => ({ id: l.entry.id, file: l.entry.local, reason: 'reason' in l ? l.reason : '' }));
  log(`sources: ${located.length - missing.length} of ${located.length} found`);
  if (missing.length > 0 && !options.allowPartial) throw new MissingSourcesError(missing);
  const withoutImporter = new Set<string>();
  const pending: Promise<SourceResult>[] = [];
  for (const l of startOrder(located)) {
    if (l.path === null) continue;
    const importer = IMPORTERS[l.entry.format];
    if (!importer) {
      withoutImporter.add(l.entry.format);
      continue;
    }
    const file = sourceFile(l.entry, l.path);
    pending[located.indexOf(l)] = Promise.resolve().then(() => importer(file)).then((result) => ({ entry: l.entry, result }));
  }
  // Kept in manifest order, whatever was started or finished first.
  const settled = await Promise.allSettled(pending.filter((p) => p !== undefined));
  // The first failing file in manifest order is reported, whatever finished first.
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const results = settled.map((s) => (s as PromiseFulfilledResult<SourceResult>).value);
  log(`imported ${results.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The Spanish alignment's workers start now, on the core the PDF workers leave free, and are ready when the merge needs them.
  warmAlignThreads();
  let cb: ReturnType<typeof mergeAll>;
  try {
    cb = mergeAll(manifest, results);
  } finally {
    releaseAlignThreads();
  }
  log(`merged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const sources: SourceRow[] = located.map((l) => ({
    id: l.entry.id,
    repo: l.entry.repo,
    commit: l.entry.commit,
    path: l.entry.path,
    sha256: l.entry.sha256,
    license: l.entry.license,
    format: l.entry.format,
    provides: l.entry.provides,
    origin: l.origin,
  }));
  const asOf = codebookAsOf(cb, manifest);
  let report!: BuildReport;
  writeDatabase(
    options.out,
    cb,
    sources,
    { schema_version: SCHEMA_VERSION, inputs_hash: inputsHash, codebook_as_of: asOf ?? '', built_at: new Date().toISOString() },
    (db) => {
      report = computeReport(db, {
        buildSeconds: (performance.now() - started) / 1000,
        codebookAsOf: asOf,
        sources: { used: results.length, missing, withoutImporter: [...withoutImporter].sort() },
        partial: missing.length > 0 ? { missing } : null,
        notes: cb.notes,
      });
      report.ceilings = moduleCeilings(db, cb.ceilings);
      db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('report', JSON.stringify(report));
    },
  );
  report.buildSeconds = (performance.now() - started) / 1000;
  log(`written in ${report.buildSeconds.toFixed(1)} s`);
  const reportPath = reportPathFor(options.out);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath + '.tmp', JSON.stringify(report, null, 1) + '\n');
  renameSync(reportPath + '.tmp', reportPath);
  return report;
}
