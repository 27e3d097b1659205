// Runs `f` when the browser is next idle (at most `timeoutMs` later), or after `fallbackMs` where
// there is no requestIdleCallback; returns a function that cancels it.
export function whenIdle(f: () => void, timeoutMs: number, fallbackMs = 0): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback(() => f(), { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(id);
  }
  const id = setTimeout(f, fallbackMs);
  return () => clearTimeout(id);
}

/** Runs `f` as whenIdle does, once `pauseMs` have passed (restarted by cancelling and calling
 *  again, as an effect does on each change); returns a function that cancels either wait. */
export function whenIdleAfter(pauseMs: number, f: () => void, timeoutMs: number): () => void {
  let cancelIdle: (() => void) | undefined;
  const id = setTimeout(() => (cancelIdle = whenIdle(f, timeoutMs)), pauseMs);
  return () => {
    clearTimeout(id);
    cancelIdle?.();
  };
}
