// Long work done in the page's spare time, a slice at a time. Each slice is a task of the lowest
// priority (scheduler.postTask 'background': it runs only when no input, network answer, worker
// message or frame is waiting), and it ends after SLICE_MS, or at once when input is waiting
// (Chromium's isInputPending): a click or a keystroke waits for no more than the step under way.
// Not requestIdleCallback: it runs one callback per idle period (up to 50 ms apart), so slices
// short enough to yield quickly would leave most of the idle time unused.
const SLICE_MS = 8;

/** When to pause (due) and how (next: resolves at the start of the next slice). */
export interface Slices {
  due(): boolean;
  next(): Promise<void>;
}

type Scheduler = { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };
type Scheduling = { isInputPending?: () => boolean };
const inputPending = (): boolean => (globalThis.navigator as { scheduling?: Scheduling } | undefined)?.scheduling?.isInputPending?.() ?? false;

function later(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

// Work the user waits for (a PDF's first page on entering its route): background slices stop
// and none starts until it is done, so it has the machine's cores (and the service) to itself.
const holds = new Set<Promise<unknown>>();

/** Holds background slices back until `until` settles, or `maxMs` at most. */
export function holdBackground(until: Promise<unknown>, maxMs = 3000): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hold = Promise.race([until, new Promise((resolve) => (timer = setTimeout(resolve, maxMs)))])
    .catch(() => undefined)
    .finally(() => (clearTimeout(timer), holds.delete(hold)));
  holds.add(hold);
}

export function idleSlices(): Slices {
  let end = 0;
  return {
    due: () => performance.now() >= end || holds.size > 0 || inputPending(),
    next: async () => {
      // Checked again when the slice's task runs: a background task waits for a quiet main
      // thread, and a hold taken meanwhile (the PDF route entered) must still stop it.
      do {
        while (holds.size > 0) await Promise.all(holds);
        await new Promise<void>((resolve) => later(resolve));
      } while (holds.size > 0);
      end = performance.now() + SLICE_MS;
    },
  };
}
