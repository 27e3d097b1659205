// Runs imports in a worker thread, one at a time, and keeps their state for the app to poll
// (progress, cancel, outcome). The finished file is moved into place here, on the main thread,
// after the handles the app holds on the import it replaces are closed.
import type { ImportJob } from './schema';
import type { WorkerInput, WorkerMessage } from './import-worker';
import { importIdOfPath } from './run-import';
import { spawnWorker } from './spawn-worker';
import { commitImport, discardPartial, importPath, partialPathFor, removeStalePartials } from './store';

export interface ImportJobsOptions {
  userDataDir: string;
  nativeBinding?: string;
  /** Called before an import's file is replaced or removed: close any handle on it. */
  release(importId: string): void;
}

/** The built worker (out/main/import-worker.js) beside the bundle; in a checkout, the TypeScript source through tsx. */
const newWorker = (workerData: WorkerInput) => spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url), workerData);

export class ImportJobs {
  private jobs = new Map<number, ImportJob>();
  private cancelFlags = new Map<number, Int32Array>();
  private done = new Map<number, Promise<ImportJob>>();
  private next = 1;

  constructor(private o: ImportJobsOptions) {
    removeStalePartials(o.userDataDir);
  }

  start(path: string): ImportJob {
    if ([...this.jobs.values()].some((j) => j.status === 'running')) throw new Error('an import is already running; wait for it or cancel it');
    const importId = importIdOfPath(path);
    const partial = partialPathFor(this.o.userDataDir, importId);
    const id = this.next++;
    const job: ImportJob = { id, path, status: 'running', step: '', fraction: 0, rows: 0, error: null, result: null };
    this.jobs.set(id, job);
    const cancel = new SharedArrayBuffer(4);
    this.cancelFlags.set(id, new Int32Array(cancel));
    const worker = newWorker({ path, partial, cancel, ...(this.o.nativeBinding ? { nativeBinding: this.o.nativeBinding } : {}) });
    this.done.set(id, new Promise((resolve) => {
      let outcome: WorkerMessage | null = null;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') Object.assign(job, m.progress);
        else outcome = m;
      });
      worker.on('error', (e) => (outcome ??= { type: 'failed', message: e.message, cancelled: false }));
      worker.on('exit', () => {
        this.finish(job, outcome ?? { type: 'failed', message: 'the import stopped unexpectedly', cancelled: false }, partial, importId);
        resolve(job);
      });
    }));
    return { ...job };
  }

  private finish(job: ImportJob, m: WorkerMessage, partial: string, importId: string): void {
    if (m.type === 'done' && this.cancelFlags.get(job.id)![0] !== 1) {
      try {
        this.o.release(importId);
        commitImport(partial, importPath(this.o.userDataDir, importId));
        Object.assign(job, { status: 'done', fraction: 1, step: 'done', result: m.info });
        return;
      } catch (e) {
        m = { type: 'failed', message: `the import could not be put in place: ${(e as Error).message}`, cancelled: false };
      }
    }
    discardPartial(partial);
    const cancelled = m.type === 'done' || (m.type === 'failed' && m.cancelled);
    Object.assign(job, cancelled ? { status: 'cancelled', error: null } : { status: 'failed', error: m.type === 'failed' ? m.message : null });
  }

  status(id: number): ImportJob | null {
    const j = this.jobs.get(id);
    return j ? { ...j } : null;
  }

  cancel(id: number): ImportJob | null {
    const flag = this.cancelFlags.get(id);
    if (flag) Atomics.store(flag, 0, 1);
    return this.status(id);
  }

  /** Resolves once the job has ended (done, failed or cancelled). */
  async wait(id: number): Promise<ImportJob> {
    const p = this.done.get(id);
    if (!p) throw new Error(`no import job ${id}`);
    return { ...(await p) };
  }
}
