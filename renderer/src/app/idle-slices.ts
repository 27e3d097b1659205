// Long work done in the page's idle time, a slice at a time. A slice ends when its idle period's
// time is up (at most SLICE_MS), or at once when input is waiting (Chromium's isInputPending): a
// click or a keystroke waits for no more than the step under way. If the page is never idle, a
// slice still runs every TIMEOUT_MS, so the work ends.
const SLICE_MS = 10;
const TIMEOUT_MS = 1000;

/** When to pause (due) and how (next: resolves at the start of the next slice). */
export interface Slices {
  due(): boolean;
  next(): Promise<void>;
}

type Scheduling = { isInputPending?: () => boolean };
const inputPending = (): boolean => (navigator as { scheduling?: Scheduling }).scheduling?.isInputPending?.() ?? false;

export function idleSlices(): Slices {
  let end = 0;
  const idle = (f: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: TIMEOUT_MS }) : setTimeout(() => f({ timeRemaining: () => SLICE_MS, didTimeout: true }), 0);
  return {
    due: () => performance.now() >= end || inputPending(),
    next: () =>
      new Promise<void>((resolve) =>
        idle((d) => {
          end = performance.now() + (d.didTimeout ? SLICE_MS : Math.min(SLICE_MS, d.timeRemaining()));
          resolve();
        }),
      ),
  };
}
