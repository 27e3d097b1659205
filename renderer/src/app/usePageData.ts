// Loads a page's data from the api when its inputs change, and reports loading / ready / error
// to the root (page-state.ts). A late answer for an older input is dropped. `initial` may give the
// data already in hand at the first render (the catalog's early request): no loading state then.
import { useEffect, useRef, useState } from 'react';
import type { LoadState } from './useApiData';
import { useReportPageState } from './page-state';

export function usePageData<T>(load: () => Promise<T>, deps: readonly unknown[], initial?: () => T | undefined): LoadState<T> {
  const key = JSON.stringify(deps);
  const [s, setS] = useState<{ key: string; value: LoadState<T> }>(() => {
    const data = initial?.();
    return { key, value: data === undefined ? { state: 'loading' } : { state: 'ready', data } };
  });
  const given = useRef(s.value.state === 'ready' ? key : null);
  useEffect(() => {
    if (given.current === key) return void (given.current = null);
    let live = true;
    setS((prev) => (prev.key === key ? prev : { key, value: { state: 'loading' } }));
    load().then(
      (data) => live && setS({ key, value: { state: 'ready', data } }),
      (e: unknown) => live && setS({ key, value: { state: 'error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
    // `key` stands for the inputs; `load` closes over the same inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const value: LoadState<T> = s.key === key ? s.value : { state: 'loading' };
  useReportPageState(value.state, value.state === 'error' ? value.message : null);
  return value;
}
