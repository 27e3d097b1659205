// Runs `f` when the browser is next idle (at most `timeoutMs` later), or after `fallbackMs` where
// there is no requestIdleCallback; returns a function that cancels it.
export function whenIdle(f: () => void, timeoutMs: number, fallbackMs = 0): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => f(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(f, fallbackMs);
  return () => clearTimeout(id);
}
