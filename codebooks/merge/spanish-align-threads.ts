// The Spanish PDFs' alignments (spanish-doc-align.ts) shared between this thread and worker
// threads, one per other core, without making the merge asynchronous: the work is handed out
// through a shared counter, this thread takes its share, then blocks until the workers' last
// answers are in. Each document is aligned alone, so the result is the same on any thread, in
// any completion order; a worker that starts late only takes fewer shares.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { spawnTsWorker } from '../read/ts-worker';
import { alignDocument, pairScorer, sameSpanishMemo, type AlignTask, type DocAlignment } from './spanish-doc-align';
import { scoreRows } from './spanish-align';
import { Lexicon } from './spanish-lexicon';

/** Below this many question pairs to score, a worker costs more to start than it saves. */
const MIN_PAIRS = 200_000;
/** How long to wait for a worker's answer before giving up on the build. */
const ANSWER_TIMEOUT_MS = 120_000;
/** Shares per thread that a task too large for one thread is cut into (rows of its score matrix). */
const SHARES_PER_THREAD = 4;

/** A share of the work: a whole task, or rows from..to of the score matrix of a task with one English PDF. */
export interface AlignUnit {
  task: number;
  rows: [number, number] | null;
}
/** Sent to a worker: the lexicon's pairs, the tasks and their shares, the shared counter and share states, a port to answer on. */
export interface AlignJob {
  pairs: [string, string][];
  tasks: AlignTask[];
  units: AlignUnit[];
  control: SharedArrayBuffer;
  port: MessagePort;
}
/** A worker's answer for one share. */
export type AlignAnswer = { unit: number; result: DocAlignment | Float64Array } | { unit: number; error: string };

/** control[0]: the next share to take; control[1 + u]: 1 once share u's answer has been posted. */
export const NEXT = 0;

let spare: Worker[] = [];

function workerCount(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/** Starts the workers ahead of time (the build calls it before the merge) so they are ready when needed. */
export function warmAlignThreads(): void {
  while (spare.length < workerCount()) spare.push(spawnTsWorker(new URL('./spanish-align-worker.ts', import.meta.url)));
}

/** Ends workers started ahead of time that no alignment used (a build without Spanish PDFs). */
export function releaseAlignThreads(): void {
  for (const w of spare) void w.terminate();
  spare = [];
}

const cost = (t: AlignTask) => t.english.reduce((n, en) => n + en.questions.length * t.es.questions.length, 0);

/**
 * The shares, costliest first: a task of one English PDF larger than a share is cut into row
 * bands of about a share each, so that however late a worker starts, no thread is left with a
 * long task at the end (the largest, 45% of the whole, did that on two cores).
 */
export function alignUnits(tasks: AlignTask[], threads: number): AlignUnit[] {
  const total = tasks.reduce((n, t) => n + cost(t), 0);
  const share = total / (threads * SHARES_PER_THREAD);
  const units: (AlignUnit & { cost: number })[] = [];
  tasks.forEach((t, task) => {
    const n = t.english[0]?.questions.length ?? 0;
    const bands = t.english.length === 1 && cost(t) > share ? Math.min(n, Math.ceil(cost(t) / share)) : 1;
    if (bands <= 1) return units.push({ task, rows: null, cost: cost(t) });
    for (let b = 0; b < bands; b++) {
      const [from, to] = [Math.floor((b * n) / bands), Math.floor(((b + 1) * n) / bands)];
      units.push({ task, rows: [from, to], cost: (to - from) * t.es.questions.length });
    }
  });
  return units.sort((a, b) => b.cost - a.cost || a.task - b.task || (a.rows?.[0] ?? 0) - (b.rows?.[0] ?? 0)).map(({ task, rows }) => ({ task, rows }));
}

/** One thread's work on its shares: the same scorer for every band of a task, made once. */
export class UnitRunner {
  private readonly sameSpanish = sameSpanishMemo();
  private readonly scorers = new Map<number, (i: number, j: number) => number | null>();

  constructor(
    private readonly tasks: AlignTask[],
    private readonly lexicon: Lexicon,
  ) {}

  run({ task, rows }: AlignUnit): DocAlignment | Float64Array {
    const t = this.tasks[task]!;
    if (!rows) return alignDocument(t, this.lexicon, this.sameSpanish);
    let scorer = this.scorers.get(task);
    if (!scorer) this.scorers.set(task, (scorer = pairScorer(t.english[0]!, t.es, this.lexicon, this.sameSpanish)));
    return scoreRows(rows[0], rows[1], t.es.questions.length, scorer);
  }
}

/**
 * Each task's alignment, in task order; `pairs` are the ones `lexicon` was made from.
 * `thisThread: false` leaves every share to the workers (tests of the workers' side).
 */
export function alignOnThreads(tasks: AlignTask[], pairs: [string, string][], lexicon: Lexicon, { thisThread = true } = {}): DocAlignment[] {
  const total = tasks.reduce((n, t) => n + cost(t), 0);
  if (workerCount() === 0 || (total < MIN_PAIRS && spare.length === 0 && thisThread)) return tasks.map((t) => alignDocument(t, lexicon));
  warmAlignThreads();
  const workers = spare;
  spare = [];
  const units = alignUnits(tasks, workers.length + 1);
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + units.length)));
  const ports = workers.map((w) => {
    const { port1, port2 } = new MessageChannel();
    const job: AlignJob = { pairs, tasks, units, control: control.buffer as SharedArrayBuffer, port: port2 };
    w.postMessage(job, [port2]);
    return port1;
  });
  const results = new Array<DocAlignment | Float64Array | undefined>(units.length);
  const runner = new UnitRunner(tasks, lexicon);
  try {
    for (let u = thisThread ? Atomics.add(control, NEXT, 1) : units.length; u < units.length; u = Atomics.add(control, NEXT, 1)) results[u] = runner.run(units[u]!);
    for (let u = 0; u < units.length; u++) {
      if (results[u] !== undefined) continue;
      if (Atomics.wait(control, 1 + u, 0, ANSWER_TIMEOUT_MS) === 'timed-out') throw new Error(`Spanish alignment: no answer from a worker thread in ${ANSWER_TIMEOUT_MS / 1000} s`);
      for (const port of ports) collect(port, results);
      if (results[u] === undefined) throw new Error(`Spanish alignment: the answer for share ${u} was not received`);
    }
  } finally {
    for (const w of workers) void w.terminate();
    for (const p of ports) p.close();
  }
  return assembleUnits(tasks, units, results as (DocAlignment | Float64Array)[], lexicon);
}

/** Whole tasks' alignments as they came; a task cut into bands is aligned here from its rows, in order. */
export function assembleUnits(tasks: AlignTask[], units: AlignUnit[], results: (DocAlignment | Float64Array)[], lexicon: Lexicon): DocAlignment[] {
  const bands = new Map<number, { from: number; rows: Float64Array }[]>();
  const out = new Array<DocAlignment>(tasks.length);
  units.forEach(({ task, rows }, u) => {
    const r = results[u]!;
    if (!rows) out[task] = r as DocAlignment;
    else (bands.get(task) ?? bands.set(task, []).get(task)!).push({ from: rows[0], rows: r as Float64Array });
  });
  for (const [task, parts] of bands) {
    const t = tasks[task]!;
    const S = new Float64Array(t.english[0]!.questions.length * t.es.questions.length);
    for (const p of parts) S.set(p.rows, p.from * t.es.questions.length);
    out[task] = alignDocument(t, lexicon, undefined, (d) => (d === 0 ? S : undefined));
  }
  return out;
}

function collect(port: MessagePort, results: (DocAlignment | Float64Array | undefined)[]): void {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const a = m.message as AlignAnswer;
    if ('error' in a) throw new Error(`Spanish alignment failed in a worker thread: ${a.error}`);
    results[a.unit] = a.result;
  }
}
