// Where "Show in PDF"'s time goes: a flow of `npm run bench:pdf` (the item page's, or with
// `--flow=catalog` the catalog's first PDF in a fresh profile) on a few PDFs (`--files=a.pdf,b.pdf`,
// `--runs=N`, `--save=dir` keeps the traces), traced from the app's start to the highlight. For each run: the renderer's threads'
// tasks between the pointerdown (or the address change) and the highlight's frame (wall and CPU time,
// what each ran), and the requests in that window. CPU time (tdur) barely moves with the machine's
// load, so it shows the renderer's own work; wall time minus CPU time is the wait for a core.
// Run `npm run build` first.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { defaultDbPath } from '../codebooks/paths';
import { openCodebook } from '../electron/services/store';
import { openChromium } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { endTrace, type TraceEvent } from './main-thread-cpu';
import { furthestLinks } from './pdf-links';
import { inPage, markStart, result, watchFor } from './pdf-timing';

type Ev = TraceEvent & { cat?: string; args?: { name?: string; data?: Record<string, unknown> } };
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const db = openCodebook(defaultDbPath());
const links = furthestLinks(db, arg('files')?.split(',') ?? ['The_Basics.pdf']);
db.close();
const runs = Number(arg('runs') ?? 2);
const served = await serveBrowserMode();
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,toplevel,loading,netlog';
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const ms = (us: number) => (us / 1000).toFixed(0).padStart(5);

/** What a task spent its time on: its longest inner events, by name (and script URL). */
function inside(task: Ev, evs: Ev[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inner = evs.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 2000 && !TASK.has(e.name));
  const label = (e: Ev) => {
    const d = e.args?.data ?? {};
    const url = (d.url as string | undefined) ?? (d.fileName as string | undefined) ?? (d.functionName as string | undefined) ?? (d.type as string | undefined) ?? '';
    return `${e.name}${url ? `(${String(url).replace(/^.*\//, '').slice(0, 40)})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
  };
  return inner
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 4)
    .map(label)
    .join(', ');
}

function report(evs: Ev[]): void {
  const down = evs.find((e) => (e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown') || e.name === 'spd-start');
  const hl = evs.find((e) => e.name === 'spd-hl');
  if (!down || !hl) return console.log('  (no pointerdown or highlight in the trace)');
  const [from, to] = [down.ts, hl.ts];
  console.log(`  pointerdown → highlight: ${ms(to - from)} ms`);
  const names = new Map(evs.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
  const threads = new Map<string, Ev[]>();
  for (const e of evs) if (e.ph === 'X') threads.set(`${e.pid}:${e.tid}`, [...(threads.get(`${e.pid}:${e.tid}`) ?? []), e]);
  for (const [key, list] of threads) {
    const name = names.get(key) ?? key;
    if (!/CrRendererMain|DedicatedWorker|Compositor$/.test(name) || list[0]?.pid !== down.pid) continue;
    const tasks = list.filter((e) => TASK.has(e.name) && e.ts + (e.dur ?? 0) > from - 1500_000 && e.ts < to && (e.ts > from || (e.dur ?? 0) > 8000) && (e.dur ?? 0) > 1000);
    const top = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && (o.dur ?? 0) > (t.dur ?? 0)));
    // CPU inside the window only (a task that straddles its start counts from it, in proportion).
    const within = (t: Ev) => ((t.tdur ?? 0) * Math.max(0, Math.min(to, t.ts + (t.dur ?? 0)) - Math.max(from, t.ts))) / Math.max(1, t.dur ?? 0);
    // Chromium traces each task under both names, one inside the other: count the outer one only.
    const outer = ['ThreadControllerImpl::RunTask', 'RunTask'].find((n) => list.some((e) => e.name === n));
    const cpu = list.filter((e) => e.name === outer && e.ts + (e.dur ?? 0) > from && e.ts < to).reduce((s, t) => s + within(t), 0);
    console.log(`  ${name}: CPU ${ms(cpu)} ms between the two; its tasks over 1 ms (and before, over 8 ms):`);
    for (const t of top) console.log(`    +${ms(t.ts - from)}  wall ${ms(t.dur ?? 0)}  cpu ${ms(t.tdur ?? 0)}  ${inside(t, list)}`);
  }
  const requests = evs.filter((e) => e.name === 'ResourceSendRequest' && e.ts > from - 200_000 && e.ts < to);
  for (const r of requests) {
    const id = r.args?.data?.requestId;
    const fin = evs.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
    console.log(`  request +${ms(r.ts - from)} → ${fin ? `+${ms(fin.ts - from)}` : '?'}  ${String(r.args?.data?.url).replace(/^.*\/\/[^/]*/, '').slice(0, 70)}`);
  }
}

const catalog = arg('flow') === 'catalog';
const s = await openChromium();
try {
  await s.page.goto(served.url);
  for (const l of links) {
    for (let i = 0; i < runs; i++) {
      // The catalog flow's first PDF: a fresh profile each run, so nothing is cached.
      const session = catalog ? await openChromium() : s;
      const page = session.page;
      const cdp = await session.context.newCDPSession(page);
      await page.goto('about:blank');
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
      await page.goto(served.url + '#/surveys');
      await page.locator('[data-app-state="ready"][data-route="surveys"]').waitFor({ state: 'attached', timeout: 60_000 });
      const a = page.locator(`.show-in-pdf a[href="${l.href.replace(/"/g, '\\"')}"]`);
      if (!catalog) {
        await page.evaluate((h) => (location.hash = h), `#/item/${encodeURIComponent(l.item)}`);
        await a.waitFor({ timeout: 30_000 });
      }
      await watchFor(inPage(page), l, !catalog);
      await page.evaluate((sel) => {
        const o = new MutationObserver(() => document.querySelector(sel) && (o.disconnect(), requestAnimationFrame(() => performance.mark('spd-hl'))));
        o.observe(document.body, { subtree: true, childList: true, attributes: true });
      }, `.pdf-page[data-page="${l.page}"] .highlight.selected`);
      if (catalog) {
        await markStart(inPage(page));
        await page.evaluate((href) => (performance.mark('spd-start'), (location.hash = href)), l.href);
      } else await a.click();
      const t = await result(inPage(page));
      const events = (await endTrace(cdp)) as Ev[];
      await cdp.detach();
      if (catalog) await session.close();
      // `--save=dir`: each run's trace, to open in Chromium's Performance panel or Perfetto.
      if (arg('save')) writeFileSync(join(arg('save')!, `${l.file.replace(/\W+/g, '_')}-${i + 1}.json`), JSON.stringify({ traceEvents: events }));
      console.log(`\n${l.file} page ${l.page}, run ${i + 1}: highlight ${t.highlight.toFixed(0)} ms, painted ${t.painted.toFixed(0)} ms; load ${loadavg()[0]!.toFixed(1)}`);
      report(events);
    }
  }
} finally {
  await s.close();
  await served.stop();
}
