// Worker entry of the second writer (side-load.ts). Progress goes through shared memory (read by
// the import's thread whenever it reports); cancel is a shared flag; the outcome is one message.
import { parentPort, workerData } from 'node:worker_threads';
import { SourceError } from '../../../../codebooks/errors';
import { ImportCancelled } from '../progress';
import { loadSide, type SideInput, type SideResult } from './side-load';

export interface SideWorkerInput extends SideInput {
  /** Int32Array: [0] becomes 1 when the import stops (cancelled or failed). */
  cancel: SharedArrayBuffer;
  /** Float64Array: bytes read, rows stored, index of the step in sideSteps(). */
  progress: SharedArrayBuffer;
}

export type SideMessage =
  | { type: 'done'; result: SideResult }
  | { type: 'failed'; cancelled: boolean; message: string; at: [file: string, row: number | string | null, field: string | null, problem: string] | null };

const input = workerData as SideWorkerInput;
const cancel = new Int32Array(input.cancel);
const progress = new Float64Array(input.progress);
const post = (m: SideMessage) => parentPort!.postMessage(m);

try {
  const result = loadSide(input, {
    cancelled: () => Atomics.load(cancel, 0) === 1,
    progress: (bytes, rows, step) => {
      progress[0] = bytes;
      progress[1] = rows;
      progress[2] = step;
    },
  });
  post({ type: 'done', result });
} catch (e) {
  const at = e instanceof SourceError ? ([e.file, e.row, e.field, e.problem] as const) : null;
  post({ type: 'failed', cancelled: e instanceof ImportCancelled, message: e instanceof Error ? e.message : String(e), at: at ? [...at] : null });
}
