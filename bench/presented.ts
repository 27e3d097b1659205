// "Presented": when the frame that first shows a keystroke's results reaches the screen, read from
// a Chromium trace. `bench:ui`'s "painted" is a page-side probe (the list shows the query, then
// requestAnimationFrame, then setTimeout 0): it ends after the main thread's part of the frame and
// the tasks the keystroke queued behind it, but knows nothing of what follows the main thread's
// commit (raster, activation, the compositor's draw and swap), so it can end before or after the
// frame is shown. Chromium reports each frame's presentation to its own metrics: the trace's
// PipelineReporter (per begin-frame sequence number, state PRESENTED_ALL) ends at that moment, and
// the keydown's EventLatency (the same moment the Event Timing API's `duration` measures to, the
// web-standard "input to next paint") ends at the presentation of the frame after the key.
import type { CDPSession } from 'playwright-core';
import { endTrace, type TraceEvent } from './main-thread-cpu';

/** Categories holding the frames' pipeline, the key's latency and the page's marks; no per-call
 *  JavaScript or layout events (devtools.timeline), which would slow the page more. */
export const PRESENTED_CATEGORIES = 'benchmark,blink.user_timing';

/** Page script: a mark when the list shows the typed query (after the probe's own watch, which
 *  was set up first), and the keydown's own time, both read back from the trace (only a typed
 *  character's: Playwright's fill('') between queries sends a key too). The Event Timing API's
 *  keydown entries are kept for the report. */
export const MARK_SHOWN = `
  window.__eventTiming = [];
  window.__typedKeys = new Set();
  if (!window.__eventTimingObserved) new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'keydown' && window.__typedKeys.has(e.startTime)) window.__eventTiming.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16 });
  window.__eventTimingObserved = true;
  document.querySelector('[data-testid="search-box"]').addEventListener('keydown', (e) => { if (e.key.length === 1) { window.__typedKeys.add(e.timeStamp); performance.mark('ppi-keydown', { startTime: e.timeStamp }); } }, true);
  const list = document.querySelector('[data-testid="search-results"]');
  new MutationObserver(() => { if (list.dataset.state === 'ready') performance.mark('ppi-shown:' + list.dataset.query); })
    .observe(list, { attributes: true, attributeFilter: ['data-query', 'data-state'] });
`;

export interface KeyFrames {
  /** Keydown → presentation of the first frame committed after the list showed the query. */
  presented: number;
  /** Keydown → presentation of the next frame after the key (EventLatency; Event Timing's duration). */
  nextPaint: number;
  /** Keydown → the main thread's commit of that first frame with the results (its part done). */
  committed: number;
}

type Ev = TraceEvent & { id2?: { local?: string }; id?: string; args?: Record<string, any> };

/** Ends the trace and gives, for each typed key in order, its frames' moments in ms from the keydown,
 *  and how many keys' frames were presented by a later frame's reporter rather than their own.
 *  `typed`: the text after each key, as the probe saw it (a key's own mark is the one naming it). */
export async function keyFrames(cdp: CDPSession, typed: string[]): Promise<{ keys: KeyFrames[]; laterFrames: number }> {
  const ev = (await endTrace(cdp)) as Ev[];
  const keys = ev.filter((e) => e.name === 'ppi-keydown').sort((a, b) => a.ts - b.ts);
  if (keys.length !== typed.length) throw new Error(`${keys.length} keydowns traced for ${typed.length} keys`);
  const pid = keys[0]!.pid;
  const shown = ev.filter((e) => e.name.startsWith('ppi-shown:')).sort((a, b) => a.ts - b.ts);
  const onMain = (name: string) => ev.filter((e) => e.pid === pid && e.ph === 'X' && e.name === name).sort((a, b) => a.ts - b.ts);
  const frames = onMain('ProxyMain::BeginMainFrame');
  // The commit to the compositor thread, inside a frame's task, which goes on after it
  // (accessibility, intersection observers): the task's end can come after the presentation.
  const commits = onMain('ProxyMain::BeginMainFrame::commit');
  const span = (name: string) => {
    const open = new Map<string, Ev>();
    const out: [Ev, Ev][] = [];
    for (const e of ev.filter((x) => x.pid === pid && x.name === name).sort((a, b) => a.ts - b.ts)) {
      const k = `${e.tid}/${e.id2?.local ?? e.id}`;
      if (e.ph === 'b') open.set(k, e);
      else if (e.ph === 'e' && open.has(k)) out.push([open.get(k)!, e]), open.delete(k);
    }
    return out;
  };
  const presentedFrames = span('PipelineReporter').filter(([b]) => b.args?.frame_reporter?.state === 'STATE_PRESENTED_ALL');
  const keyLatency = span('EventLatency').filter(([b]) => b.args?.event_latency?.event_type === 'KEY_PRESSED');
  let laterFrames = 0;
  const out = keys.map((k, i): KeyFrames => {
    // A mark's ts is its startTime on the trace's clock: here the keydown's timeStamp, which the
    // page sees coarsened to 0.1 ms; the key's EventLatency begins at the same moment, exactly.
    const latency = keyLatency.find(([b]) => Math.abs(b.ts - k.ts) < 1000);
    if (!latency) throw new Error(`key ${i} (${JSON.stringify(typed[i])}): no EventLatency in the trace`);
    const keyTs = latency[0].ts;
    const nextKey = keys[i + 1]?.ts ?? Infinity;
    const mark = shown.find((m) => m.ts >= k.ts && m.ts < nextKey && m.name === `ppi-shown:${typed[i]}`);
    if (!mark) throw new Error(`no mark of the list showing ${JSON.stringify(typed[i])}`);
    // The first frame the main thread commits after the list showed the query (a frame can begin
    // and end without a commit, when it has nothing to send), and the first presentation of it or
    // of a later frame.
    const commit = commits.find((c) => c.ts > mark.ts);
    const frame = commit && frames.find((f) => f.ts <= commit.ts && commit.ts <= f.ts + (f.dur ?? 0));
    const seq = frame?.args?.begin_frame_id as number | undefined;
    // Its own reporter (begun at its begin-frame) follows its commit to the screen; a frame whose
    // update missed its own presentation is shown by a later one, after the commit.
    const own = presentedFrames.find(([b]) => b.args!.frame_reporter.frame_sequence === seq);
    const later = presentedFrames.filter(([b, e]) => seq !== undefined && b.args!.frame_reporter.frame_sequence > seq && commit && e.ts > commit.ts).sort((a, b) => a[1].ts - b[1].ts)[0];
    const shownIn = own ?? later;
    if (!own) laterFrames++;
    if (!commit || !shownIn) throw new Error(`key ${i} (${JSON.stringify(typed[i])}): its frame's presentation is not in the trace`);
    return { presented: (shownIn[1].ts - keyTs) / 1000, nextPaint: (latency[1].ts - latency[0].ts) / 1000, committed: (commit.ts + (commit.dur ?? 0) - keyTs) / 1000 };
  });
  return { keys: out, laterFrames };
}
