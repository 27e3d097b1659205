// The import's handle on the second writer's thread (side-worker.ts): its progress, its outcome,
// and stopping it (the import failed or was cancelled) before its file is removed.
import { rmSync } from 'node:fs';
import { SourceError } from '../../../../codebooks/errors';
import { ImportCancelled } from '../progress';
import { spawnWorker } from '../spawn-worker';
import { sideSteps, type SideInput, type SideResult } from './side-load';
import type { SideMessage, SideWorkerInput } from './side-worker';

export interface SideThread {
  /** Bytes read so far over its files, rows stored so far, the step under way. */
  progress(): { bytes: number; rows: number; step: string };
  /** Its result; rejects with its error (a SourceError naming file, line and column) or ImportCancelled. */
  result: Promise<SideResult>;
  /** Stops it, waits for its thread to end, and removes its file. */
  stop(): Promise<void>;
}

export function startSide(input: SideInput): SideThread {
  const cancel = new SharedArrayBuffer(4);
  const shared = new SharedArrayBuffer(3 * 8);
  const progress = new Float64Array(shared);
  const steps = sideSteps(input.files);
  const data: SideWorkerInput = { ...input, cancel, progress: shared };
  const worker = spawnWorker('athena-side-worker', new URL('./side-worker.ts', import.meta.url), data);
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<SideResult>((resolve, reject) => {
    let outcome: SideMessage | null = null;
    worker.on('message', (m: SideMessage) => (outcome = m));
    worker.on('error', (e) => (outcome ??= { type: 'failed', cancelled: false, message: e.message, at: null }));
    worker.once('exit', () => {
      const m = outcome ?? { type: 'failed', cancelled: false, message: 'the second import thread stopped unexpectedly', at: null };
      if (m.type === 'done') resolve(m.result);
      else reject(m.cancelled ? new ImportCancelled() : m.at ? new SourceError(...m.at) : new Error(m.message));
    });
  });
  result.catch(() => {}); // read by the import only when its own part succeeded
  return {
    progress: () => ({ bytes: progress[0]!, rows: progress[1]!, step: steps[progress[2]!] ?? steps[0]! }),
    result,
    stop: async () => {
      Atomics.store(new Int32Array(cancel), 0, 1);
      await ended;
      for (const suffix of ['', '-journal']) rmSync(input.sidePath + suffix, { force: true });
    },
  };
}
