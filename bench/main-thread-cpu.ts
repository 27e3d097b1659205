// The page's main-thread CPU time from navigation to a performance mark, read from a Chromium trace
// (each task's thread time): unlike wall time, it barely moves when other processes share the
// cores, so a change to the renderer's own work shows even on a busy machine.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { startTime?: number } };
}

// A task's name in the trace; with the disabled-by-default-devtools.timeline category Chromium 156
// traces each task under both, one inside the other: only the first name found is counted.
const TASK_NAMES = ['ThreadControllerImpl::RunTask', 'RunTask'];

/** Ends the trace started with `Tracing.start` (transferMode ReturnAsStream) and returns its events. */
export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream?: string }>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let data = '';
  for (;;) {
    const c = await cdp.send('IO.read', { handle: stream! });
    data += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
    if (c.eof) break;
  }
  const parsed = JSON.parse(data) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Opens `url` in `page` and waits until the page logs `signal` to its console. Not waitForFunction
 *  after the load event: Playwright's injected script (~13 ms of CPU when first made) and the
 *  predicate polled every frame ran on the page's main thread while the catalog was rendering,
 *  inside the very time measured. */
export async function openUntilSignal(page: Page, url: string, signal: string): Promise<void> {
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === signal, timeout: 30_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await seen;
}

// The page's scripts compiled (streamed) or read from the code cache on the renderer's background
// threads: off the main thread, but on the same cores, and a module waits for its compile.
const OFF_THREAD_SCRIPT = ['BackgroundJSStreamManager::RunScriptStreamingTask', 'v8.deserializeOnBackground'];

export interface LoadCpu {
  /** The main thread's CPU ms. */
  main: number;
  /** CPU ms compiling or deserializing the page's scripts on other threads. */
  offThreadScripts: number;
}

/** Opens `url` in a new tab of `context`, waits for the page to log `signal`, returns the CPU ms
 *  from the navigation to the mark named `mark`. */
export async function mainThreadCpu(context: BrowserContext, url: string, signal: string, mark: string): Promise<LoadCpu> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel,loading,v8', transferMode: 'ReturnAsStream' });
  await openUntilSignal(page, url, signal);
  const events = await endTrace(cdp);
  await page.close();
  const end = events.find((e) => e.name === mark);
  if (!end) throw new Error(`no "${mark}" mark in the trace`);
  // The mark's startTime counts from the navigation's start. The trace's navigationStart event can
  // be in another process (the tab's first one) or come after the mark: read from it, a load
  // counted no task at all.
  const since = end.args?.data?.startTime;
  if (since === undefined) throw new Error(`the "${mark}" mark has no startTime`);
  const start = end.ts - since * 1000;
  const inProcess = events.filter((e) => e.pid === end.pid && e.ph === 'X' && e.ts >= start && e.ts <= end.ts);
  const onThread = inProcess.filter((e) => e.tid === end.tid);
  const name = TASK_NAMES.find((n) => onThread.some((e) => e.name === n));
  const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return {
    main: cpu(onThread.filter((e) => e.name === name)),
    offThreadScripts: cpu(inProcess.filter((e) => e.tid !== end.tid && OFF_THREAD_SCRIPT.includes(e.name))),
  };
}
