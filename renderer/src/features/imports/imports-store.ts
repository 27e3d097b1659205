// The imports page's state: the imports on disk, and the running import's progress, polled from
// the service (the import runs in a worker thread there) until it ends.
import { createStore } from 'zustand/vanilla';
import type { ImportInfo, ImportJob } from '../../../../electron/contract/imports';
import type { Api } from '../../../../electron/contract/api-types';
import { unwrap } from '../../api-client';

export interface ImportsState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  imports: ImportInfo[];
  job: ImportJob | null;
  load(): Promise<void>;
  start(path: string): Promise<void>;
  cancel(): Promise<void>;
  remove(id: string): Promise<void>;
}

const POLL_MS = 150;

export function createImportsStore(api: Api) {
  return createStore<ImportsState>((set, get) => {
    const fail = (e: unknown) => set({ error: e instanceof Error ? e.message : String(e) });
    const poll = async (id: number): Promise<void> => {
      const job = await unwrap(api.importStatus({ job: id }));
      set({ job });
      if (job?.status === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        return poll(id);
      }
      set({ imports: await unwrap(api.listImports()) });
    };
    return {
      status: 'loading',
      error: null,
      imports: [],
      job: null,
      load: async () => {
        try {
          set({ imports: await unwrap(api.listImports()), status: 'ready' });
        } catch (e) {
          set({ status: 'error' });
          fail(e);
        }
      },
      start: async (path) => {
        set({ error: null });
        try {
          const job = await unwrap(api.startImport({ path }));
          set({ job });
          await poll(job.id);
        } catch (e) {
          fail(e);
        }
      },
      cancel: async () => {
        const job = get().job;
        if (job?.status === 'running') await unwrap(api.cancelImport({ job: job.id })).catch(fail);
      },
      remove: async (id) => {
        try {
          set({ imports: await unwrap(api.removeImport({ id })), job: null });
        } catch (e) {
          fail(e);
        }
      },
    };
  });
}
