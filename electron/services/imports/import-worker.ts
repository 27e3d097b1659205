// The worker thread an import runs in, so the app's main thread (and its window) stays
// responsive. Progress goes to the parent a few times a second; cancel is a shared flag the
// import checks after every chunk it reads.
import { parentPort, workerData } from 'node:worker_threads';
import { ImportCancelled, type ImportProgress } from './progress';
import { runImport } from './run-import';

export interface WorkerInput {
  path: string;
  partial: string;
  /** Int32Array over this buffer: [0] becomes 1 on cancel. */
  cancel: SharedArrayBuffer;
  nativeBinding?: string;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; info: import('./schema').ImportInfo }
  | { type: 'failed'; message: string; cancelled: boolean };

const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancel);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
let lastPost = 0;

try {
  const info = await runImport(input.path, input.partial, {
    progress: (progress) => {
      const now = Date.now();
      if (now - lastPost < 100) return;
      lastPost = now;
      post({ type: 'progress', progress });
    },
    cancelled: () => Atomics.load(flag, 0) === 1,
  }, input.nativeBinding);
  post({ type: 'done', info });
} catch (e) {
  post({ type: 'failed', message: e instanceof Error ? e.message : String(e), cancelled: e instanceof ImportCancelled });
}
