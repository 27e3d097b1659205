// Loads data once from the api and reports loading / ready / error, for the root's data-app-state.
import { useEffect, useState } from 'react';

export type LoadState<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

export function useApiData<T>(load: () => Promise<T>): LoadState<T> {
  const [s, setS] = useState<LoadState<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setS({ state: 'ready', data }),
      (e: unknown) => live && setS({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is a module-level function in every caller: load once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return s;
}
