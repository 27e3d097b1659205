// `npm run bench:ui-cpu`: where a keystroke in the search box spends the page's main
// thread, from a Chromium trace (each slice's thread CPU time, which barely moves when other
// processes share the cores, unlike `bench:ui`'s wall times). Per keystroke: the keystroke's task
// (its JavaScript, style and layout within it) and the next frame's task (pre-paint, paint,
// commit), then the other tasks the keystroke leaves, which run after that frame and before
// `bench:ui`'s probe (its setTimeout) sees the paint: Chromium's form tracking of the changed box,
// keyup, selectionchange, React's scheduler message. Prints p50 / p95 of each, and two counts
// that load does not move: the layout objects laid out and the text runs shaped per keystroke
// (they grow with the rows an answer changes). Then the work after the main thread's commit, on
// other threads: raster and the display compositor's draw. Run `npm run build` first.
import { openChromium } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { endTrace, type TraceEvent } from './main-thread-cpu';
import { percentile } from './stats';

const QUERIES = ['cigarettes', 'depression', 'health insurance', 'ejercicio', 'alcohol', 'diabetes', 'sleep', 'fuma', 'dias', '1585860', 'Smoking_Smoke'];

type Slice = TraceEvent & { args?: { data?: { type?: string }; beginData?: { dirtyObjects?: number }; src_func?: string } };

const served = await serveBrowserMode();
const s = await openChromium();
try {
  await s.page.goto(served.url);
  await s.page.locator('html[data-local-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
  const box = s.page.getByTestId('search-box');
  await box.focus();
  const type = async (q: string) => {
    await box.fill('');
    for (let i = 0; i < q.length; i++) {
      await s.page.keyboard.press(q[i] === ' ' ? 'Space' : q[i]!);
      await s.page.waitForFunction((t) => document.querySelector<HTMLElement>('[data-testid="search-results"]')!.dataset.query === t, q.slice(0, i + 1));
      await s.page.waitForTimeout(40); // the frame painted, the next key apart from it
    }
  };
  await type('alcohol'); // warm-up, untraced
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,cc,benchmark,blink,viz', transferMode: 'ReturnAsStream' });
  for (const q of QUERIES) await type(q);
  const all = (await endTrace(cdp)).filter((e) => e.ph === 'X') as Slice[];
  const shaped = all.filter((e) => e.name === 'InlineNode::ShapeTextIncludingFirstLine');
  const keys = all.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const main = all.filter((e) => e.pid === keys[0]!.pid && e.tid === keys[0]!.tid).sort((a, b) => a.ts - b.ts);
  const cpu = (xs: Slice[]) => xs.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  const inside = (outer: Slice, name: string) => main.filter((e) => e.name === name && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0));
  const parts: Record<string, number[]> = {};
  const add = (k: string, v: number) => (parts[k] ??= []).push(v);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  for (const [n, k] of keys.entries()) {
    const task = tasks.find((e) => e.ts <= k.ts && e.ts + (e.dur ?? 0) >= k.ts);
    const frame = task && main.find((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts > task.ts);
    if (!task || !frame) continue;
    add('keystroke task', cpu([task]));
    add('  its JavaScript', cpu(inside(task, 'FunctionCall')));
    add('  its style', cpu(inside(task, 'UpdateLayoutTree')));
    add('  its layout', cpu(inside(task, 'Layout')));
    const end = frame.ts + (frame.dur ?? 0);
    const during = (e: Slice) => e.ts >= task.ts && e.ts <= end;
    add('  laid out (objects)', main.filter((e) => e.name === 'Layout' && during(e)).reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0));
    add('  shaped (text runs)', shaped.filter(during).length);
    // Chromium lays the page out when the typed letter enters the box, before the input event.
    const input = inside(task, 'EventDispatch').find((e) => e.args?.data?.type === 'input');
    add('    the box\'s', cpu(inside(task, 'Layout').filter((e) => input && e.ts < input.ts)));
    add('next frame', cpu([frame]));
    add('  pre-paint', cpu(inside(frame, 'PrePaint')));
    add('  paint', cpu(inside(frame, 'LocalFrameView::RunPaintLifecyclePhase')));
    add('  layerize', cpu(inside(frame, 'Layerize')));
    add('  commit', cpu(inside(frame, 'Commit')));
    // Tasks posted by the keystroke that the scheduler held until its frame: those starting
    // within 5 ms after the frame ends (the test's own polling comes later), up to the next key.
    const next = keys[n + 1]?.ts ?? Infinity;
    const after = tasks.filter((e) => e.ts >= end && e.ts < Math.min(next, end + 5000));
    add('after the frame', cpu(after));
    add('  form tracking', cpu(after.filter((e) => e.args?.src_func === 'FormControlDidChange')));
    add('  selectionchange', cpu(after.filter((e) => inside(e, 'EventDispatch').some((d) => d.args?.data?.type === 'selectionchange'))));
    // React's scheduler runs its work (here the passive effects' pass) from a MessageChannel task.
    add('  React scheduler', cpu(after.filter((e) => inside(e, 'MessagePort::Accept').length > 0)));
    // Off the main thread, until the next key: the frame's tiles rasterized (the renderer's raster
    // workers) and the display compositor's software draw (another process). Both lie between the
    // main thread's commit and the frame's presentation (bench:ui's "presented").
    const until = (e: Slice) => e.ts >= task.ts && e.ts < next;
    add('raster (workers)', cpu(all.filter((e) => e.name === 'RasterTask' && until(e))));
    add('display draw', cpu(all.filter((e) => e.name === 'DirectRenderer::DrawFrame' && until(e))));
  }
  const f = (xs: number[], p: number) => percentile([...xs].sort((a, b) => a - b), p).toFixed(2);
  console.log(`search box, main-thread CPU per keystroke (Chromium trace, ${keys.length} keystrokes), ms p50 / p95`);
  for (const [k, xs] of Object.entries(parts)) console.log(`${k.padEnd(20)} ${f(xs, 50)} / ${f(xs, 95)}`);
} finally {
  await s.close();
  await served.stop();
}
