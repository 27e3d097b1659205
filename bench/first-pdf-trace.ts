// What the first "Show in PDF"'s trace says, between the address change (mark spd-start) and the
// highlight's frame (spd-hl), on the page's main thread and pdf.js's worker: CPU (which load barely
// moves), the worker's module compiled and run, and V8's second parse of it for source positions
// (V8.CollectSourcePositions, only with a DevTools client on the worker). For bench/first-pdf-rulers.ts.
import type { TraceEvent } from './main-thread-cpu';

type Ev = TraceEvent & { args?: { name?: string; data?: Record<string, unknown> } };
export const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,disabled-by-default-v8.compile,blink.user_timing,toplevel,loading';
const TASKS = ['ThreadControllerImpl::RunTask', 'RunTask'];

/** In the page: marks spd-hl in the frame the link's highlight shows (the selector) is first there. */
export const markHighlight = (sel: string) => {
  const o = new MutationObserver(() => document.querySelector(sel) && (o.disconnect(), requestAnimationFrame(() => performance.mark('spd-hl'))));
  o.observe(document.body, { subtree: true, childList: true, attributes: true });
};

export interface FirstPdfCpu {
  /** CPU ms in the window, the page's main thread and pdf.js's worker thread. */
  main: number;
  worker: number;
  /** ms (wall) of the worker's module compile, its run, and V8's second parse for source positions. */
  compile: number;
  evaluate: number;
  sourcePositions: number;
  /** ms from the address change to the worker's first task (its thread started), and to its compile (its script all there). */
  workerStarted: number;
  compileAt: number;
  /** CPU ms in the window of Chromium's own UI pages (the omnibox popup's renderer), on the same cores. */
  chromeUi: number;
}

export function firstPdfCpu(evs: Ev[]): FirstPdfCpu | null {
  const start = evs.find((e) => e.name === 'spd-start');
  const hl = evs.find((e) => e.name === 'spd-hl');
  if (!start || !hl) return null;
  const [from, to] = [start.ts, hl.ts];
  const names = new Map(evs.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const processes = new Map(evs.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, e.args?.name ?? '']));
  const uiKeys = [...names].filter(([k, n]) => n === 'CrRendererMain' && processes.get(Number(k.split(':')[0])) === 'WebUI Top Renderer').map(([k]) => k);
  const on = (key: string) => evs.filter((e) => `${e.pid}:${e.tid}` === key);
  const compileEv = evs.find((e) => e.name === 'v8.compileModule' && String(e.args?.data?.fileName ?? e.args?.data?.url ?? '').includes('pdf.worker'));
  const workerKey = compileEv ? `${compileEv.pid}:${compileEv.tid}` : null;
  const mainKey = [...names].find(([k, n]) => n === 'CrRendererMain' && k.startsWith(`${start.pid}:`))?.[0];
  const cpu = (key: string | null | undefined) => {
    if (!key) return 0;
    const list = on(key);
    const outer = TASKS.find((n) => list.some((e) => e.name === n));
    // A task that straddles an edge counts its CPU in proportion to its time inside the window.
    return list
      .filter((e) => e.name === outer && e.ph === 'X' && e.ts + (e.dur ?? 0) > from && e.ts < to)
      .reduce((s, t) => s + ((t.tdur ?? 0) * (Math.min(to, t.ts + (t.dur ?? 0)) - Math.max(from, t.ts))) / Math.max(1, t.dur ?? 0), 0);
  };
  const sum = (key: string | null, name: string) => (key ? on(key).filter((e) => e.name === name && e.ph === 'X').reduce((s, e) => s + (e.dur ?? 0), 0) : 0);
  const firstTask = workerKey ? on(workerKey).find((e) => e.ph === 'X') : undefined;
  return {
    main: cpu(mainKey) / 1000,
    worker: cpu(workerKey) / 1000,
    compile: sum(workerKey, 'v8.compileModule') / 1000,
    evaluate: sum(workerKey, 'v8.evaluateModule') / 1000,
    sourcePositions: sum(workerKey, 'V8.CollectSourcePositions') / 1000,
    workerStarted: firstTask ? (firstTask.ts - from) / 1000 : NaN,
    compileAt: compileEv ? (compileEv.ts - from) / 1000 : NaN,
    chromeUi: uiKeys.reduce((s, k) => s + cpu(k), 0) / 1000,
  };
}
