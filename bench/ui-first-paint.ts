// `npm run bench:paint`: how soon the app shows something and how soon the catalog is ready, in
// Chromium against the browser mode on the bundled database (run `npm run build` first). Each
// run opens the app in a new tab: first contentful paint (the browser's own entry), and "catalog
// ready" = the root's data-app-state="ready" on the catalog route, both from navigation start.
// Also lists which scripts the first load fetched: pdf.js and the other pages load only when used,
// and the main thread's CPU time until the catalog is ready (traced loads, apart from the timed
// ones): wall times follow the machine's load, CPU time far less. The page tells the bench by a
// console message (openUntilSignal), so no script of the bench's runs in the page meanwhile.
// Two loads are not counted: as V8 caches code, the first ("cold") fills the HTTP cache and the
// second ("warm") writes the compiled code beside it (about 740 kB for the app's script); from the third
// ("hot") on, a load is what every later start of the app is. A new tab starts a renderer process
// for the app's origin, as the app's window does; then the same loads in a tab whose renderer is
// already running (from one of the app's own files to the app), which is the app's own part;
// and the browser's floor, a page of one line in a new tab.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { securityHeaders } from '../electron/security/csp';
import { openChromium } from '../test/ui/helpers/chromium';
import { serveBrowserMode } from '../test/ui/helpers/serve';
import { mainThreadCpu, openUntilSignal, type LoadCpu } from './main-thread-cpu';
import { summarize } from './stats';

const RUNS = 15;
const CPU_RUNS = 7;

const READY_SIGNAL = 'ppi-bench:catalog-ready';
const UNTIMED = 2;

// Plain JavaScript, sent as text, run before the page's own scripts.
const PROBE = `
  new MutationObserver((_, obs) => {
    const root = document.querySelector('[data-app-state]');
    if (root && root.dataset.appState === 'ready' && root.dataset.route === 'surveys') {
      window.__catalogReady = performance.now();
      performance.mark('catalog-ready');
      obs.disconnect();
      console.debug('${READY_SIGNAL}');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state'] });
`;

/** First contentful paint from the navigation's start, and the probe's "catalog ready" (undefined
 *  on the floor page). The paint entry is reported after its frame is presented, so it may come
 *  after the catalog's signal: waited for, 10 s at most (then NaN, which the summary shows). */
const readPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ fcp: number; ready?: number }>((resolve) => {
        const ready = (window as unknown as { __catalogReady?: number }).__catalogReady;
        const timer = setTimeout(() => resolve({ fcp: NaN, ready }), 10_000);
        new PerformanceObserver((list, obs) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (!fcp) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve({ fcp: fcp.startTime, ready });
        }).observe({ type: 'paint', buffered: true });
      }),
  );

// The browser's floor: a made-up page of one line of text and nothing else, served over HTTP from
// this machine with the app's headers, opened in a new tab as the app is, after each of its loads.
// What a new tab costs before any page's own work, so what of the target is left to the app; a
// header that makes the new tab start a second renderer (as Cross-Origin-Opener-Policy did,
// docs/speed.md) shows here too.
const FLOOR_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p>Loading</p></body></html>';
const floorServer = createServer((_, res) => res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/html; charset=utf-8' }).end(FLOOR_PAGE));

const served = await serveBrowserMode();
const s = await openChromium();
try {
  await once(floorServer.listen(0, '127.0.0.1'), 'listening');
  const floorUrl = `http://127.0.0.1:${(floorServer.address() as { port: number }).port}/`;
  const floorFcp: number[] = [];
  await s.context.addInitScript(PROBE);
  const fcp: number[] = [];
  const ready: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < UNTIMED + RUNS; i++) {
    const page = await s.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && fetched.push(new URL(r.url()).pathname.split('/').pop()!));
    await openUntilSignal(page, served.url, READY_SIGNAL);
    const untilReady = [...fetched]; // not what idle time loads after it
    const m = await readPaint(page);
    await page.close();
    if (i < UNTIMED) continue;
    fcp.push(m.fcp);
    ready.push(m.ready ?? NaN);
    scripts = untilReady;
    const floor = await s.context.newPage();
    await floor.goto(floorUrl, { waitUntil: 'commit' });
    floorFcp.push((await readPaint(floor)).fcp);
    await floor.close();
  }
  // The same loads in one tab, its renderer already the app's: from the app's icon (same origin,
  // so the same process) to the app, each a new document.
  const warmFcp: number[] = [];
  const warmReady: number[] = [];
  const tab = await s.context.newPage();
  for (let i = 0; i < UNTIMED + RUNS; i++) {
    await tab.goto(new URL('favicon.svg', served.url).href);
    await openUntilSignal(tab, served.url, READY_SIGNAL);
    const m = await readPaint(tab);
    if (i < UNTIMED) continue;
    warmFcp.push(m.fcp);
    warmReady.push(m.ready ?? NaN);
  }
  await tab.close();
  const cpu: LoadCpu[] = [];
  for (let i = 0; i < CPU_RUNS; i++) cpu.push(await mainThreadCpu(s.context, served.url, READY_SIGNAL, 'catalog-ready'));
  const f = (n: number) => `${n.toFixed(0)} ms`;
  const a = summarize(fcp);
  const b = summarize(ready);
  console.log(`first paint of the app (Chromium, browser mode, bundled database), ${RUNS} loads after ${UNTIMED} untimed`);
  console.log(`first contentful paint   p50 ${f(a.p50)}   p95 ${f(a.p95)}   target ≤ 300 ms: ${a.p95 <= 300 ? 'met' : 'NOT met'}`);
  console.log(`catalog ready            p50 ${f(b.p50)}   p95 ${f(b.p95)}   target ≤ 500 ms: ${b.p95 <= 500 ? 'met' : 'NOT met'}`);
  const wa = summarize(warmFcp);
  const wb = summarize(warmReady);
  console.log(`  in a tab whose renderer process is already running (the app's own part): first contentful paint p50 ${f(wa.p50)}   p95 ${f(wa.p95)}   catalog ready p50 ${f(wb.p50)}   p95 ${f(wb.p95)}`);
  const fl = summarize(floorFcp);
  console.log(`  the browser's floor, a made-up page of one line with the app's headers, opened in a new tab after each of those: first contentful paint p50 ${f(fl.p50)}   p95 ${f(fl.p95)}`);
  console.log(`main-thread CPU until the catalog is ready, median of ${CPU_RUNS} traced loads: ${f(summarize(cpu.map((c) => c.main)).p50)}`);
  console.log(`scripts compiled or read from the code cache off the main thread meanwhile, median: ${f(summarize(cpu.map((c) => c.offThreadScripts)).p50)}`);
  console.log(`scripts of the first load: ${scripts.join(', ')}`);
  console.log(`machine load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (s.errors.length) console.error(`page errors: ${s.errors.join('; ')}`);
} finally {
  await s.close();
  await served.stop();
  floorServer.close();
}
