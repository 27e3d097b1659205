// The Spanish PDFs' alignments (spanish-doc-align.ts) shared between this thread and worker
// threads, one per other core, without making the merge asynchronous: the tasks are handed out
// through a shared counter, this thread takes its share, then blocks until the workers' last
// answers are in. Each document is aligned alone, so the result is the same on any thread, in
// any completion order; a worker that starts late only takes fewer tasks.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { spawnTsWorker } from '../read/ts-worker';
import { alignDocument, type AlignTask, type DocAlignment } from './spanish-doc-align';
import { Lexicon } from './spanish-lexicon';

/** Below this many question pairs to score, a worker costs more to start than it saves. */
const MIN_PAIRS = 200_000;
/** How long to wait for a worker's answer before giving up on the build. */
const ANSWER_TIMEOUT_MS = 120_000;

/** Sent to a worker: the lexicon's pairs, the tasks, the shared counter and task states, a port to answer on. */
export interface AlignJob {
  pairs: [string, string][];
  tasks: AlignTask[];
  control: SharedArrayBuffer;
  port: MessagePort;
}
/** A worker's answer for one task. */
export type AlignAnswer = { task: number; alignment: DocAlignment } | { task: number; error: string };

/** control[0]: the next task to take; control[1 + t]: 1 once task t's answer has been posted. */
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
 * Each task's alignment, in task order; `pairs` are the ones `lexicon` was made from.
 * `thisThread: false` leaves every task to the workers (tests of the workers' side).
 */
export function alignOnThreads(tasks: AlignTask[], pairs: [string, string][], lexicon: Lexicon, { thisThread = true } = {}): DocAlignment[] {
  const total = tasks.reduce((n, t) => n + cost(t), 0);
  if (workerCount() === 0 || (total < MIN_PAIRS && spare.length === 0 && thisThread)) return tasks.map((t) => alignDocument(t, lexicon));
  warmAlignThreads();
  const workers = spare;
  spare = [];
  // The costliest first, so that no thread is left with a long one at the end.
  const order = tasks.map((_, i) => i).sort((a, b) => cost(tasks[b]!) - cost(tasks[a]!) || a - b);
  const sorted = order.map((i) => tasks[i]!);
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + sorted.length)));
  const ports = workers.map((w) => {
    const { port1, port2 } = new MessageChannel();
    const job: AlignJob = { pairs, tasks: sorted, control: control.buffer as SharedArrayBuffer, port: port2 };
    w.postMessage(job, [port2]);
    return port1;
  });
  const results = new Array<DocAlignment | undefined>(sorted.length);
  try {
    for (let t = thisThread ? Atomics.add(control, NEXT, 1) : sorted.length; t < sorted.length; t = Atomics.add(control, NEXT, 1)) {
      results[t] = alignDocument(sorted[t]!, lexicon);
    }
    for (let t = 0; t < sorted.length; t++) {
      if (results[t] !== undefined) continue;
      if (Atomics.wait(control, 1 + t, 0, ANSWER_TIMEOUT_MS) === 'timed-out') throw new Error(`Spanish alignment: no answer from a worker thread in ${ANSWER_TIMEOUT_MS / 1000} s`);
      for (const port of ports) collect(port, results);
      if (results[t] === undefined) throw new Error(`Spanish alignment: the answer for task ${t} was not received`);
    }
  } finally {
    for (const w of workers) void w.terminate();
    for (const p of ports) p.close();
  }
  const out = new Array<DocAlignment>(tasks.length);
  order.forEach((i, t) => (out[i] = results[t]!));
  return out;
}

function collect(port: MessagePort, results: (DocAlignment | undefined)[]): void {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const a = m.message as AlignAnswer;
    if ('error' in a) throw new Error(`Spanish alignment failed in a worker thread: ${a.error}`);
    results[a.task] = a.alignment;
  }
}
