// A page whose code is its own chunk, loaded when first shown or earlier, when the user shows the
// intent to open it (preload). Unlike React.lazy it never suspends: React holds back the content
// that follows a Suspense fallback until 300 ms after that fallback was shown, even when the chunk
// is there a moment later. Until its code is loaded the page renders nothing and reports no state,
// so the root stays "loading", as with a lazy page.
import { useEffect, useState, type ComponentType } from 'react';

export interface PreloadablePage<P> {
  Page: ComponentType<P>;
  /** Starts loading the page's code (once); resolves when it is loaded. */
  preload(): Promise<void>;
  /** Resolves once the page's code has loaded, however it was asked for; never starts the load. */
  loaded: Promise<void>;
}

export function preloadablePage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): PreloadablePage<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  let markLoaded!: () => void;
  const loadedOnce = new Promise<void>((resolve) => (markLoaded = resolve));
  const get = () =>
    (pending ??= load().then(
      (m) => {
        markLoaded();
        return (loaded = pick(m));
      },
      (e: unknown) => {
        pending = null; // tried again next time
        throw e;
      },
    ));
  function Page(props: P) {
    // Asked for in the first render, not in an effect: effects wait for the commit and the paint.
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded ?? (get().catch(() => undefined), null));
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      get().then(
        (c) => live && setLoaded(() => c),
        // Thrown during a render, so the nearest error boundary gets it, as with React.lazy.
        (e: unknown) =>
          live &&
          setLoaded(() => {
            throw e;
          }),
      );
      return () => {
        live = false;
      };
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Page, preload: () => get().then(() => undefined), loaded: loadedOnce };
}
