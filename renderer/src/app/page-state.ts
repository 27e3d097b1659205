// Whether the current page has painted its data: the root's data-app-state (loading | ready |
// error) that tests and the next page loads wait on. A report counts only for the hash it was
// made for, so the state reads "loading" from the moment the route changes.
import { useEffect } from 'react';
import { create } from 'zustand';
import { useRouteStore } from './router';

export type AppState = 'loading' | 'ready' | 'error';

interface PageStateStore {
  key: string | null;
  state: AppState;
  message: string | null;
  report(key: string, state: AppState, message?: string | null): void;
}

export const usePageStateStore = create<PageStateStore>((set) => ({
  key: null,
  state: 'loading',
  message: null,
  report: (key, state, message = null) => set({ key, state, message }),
}));

/** The state shown on the root for the route at `hash`. */
export function appStateFor(hash: string, s: Pick<PageStateStore, 'key' | 'state'>): AppState {
  return s.key === hash ? s.state : 'loading';
}

/** Pages call this with their load state; it reports after React has committed the paint. */
export function useReportPageState(state: AppState, message?: string | null): void {
  const hash = useRouteStore((s) => s.hash);
  const report = usePageStateStore((s) => s.report);
  useEffect(() => report(hash, state, message), [hash, state, message, report]);
}
