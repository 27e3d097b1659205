// The catalog flow's first "Show in PDF" in a fresh profile (the address changed from the catalog
// to the PDF route, no pointer before), with either ruler:
// - playwright: as `npm run bench:pdf` times it (Playwright attached to the page and, as it does
//   to every worker, to pdf.js's worker: held at its start, and its module parsed twice by V8);
// - bare: the same Chromium command line driven by a client attached to the page alone
//   (bench/bare-chromium.ts): pdf.js's worker runs as in a user's browser;
// - quiet: bare, and without Chromium's own omnibox popup, a WebUI page it loads at launch in a
//   renderer of its own, on the same cores during this window (the app's Electron window has none).
// Both run the same steps in the page (bench/pdf-timing.ts); `trace` traces either alike.
import { writeFileSync } from 'node:fs';
import { openChromium } from '../test/ui/helpers/chromium';
import type { Served } from '../test/ui/helpers/serve';
import { openBareChromium } from './bare-chromium';
import { firstPdfCpu, markHighlight, TRACE_CATEGORIES, type FirstPdfCpu } from './first-pdf-trace';
import { endTrace, type TraceEvent } from './main-thread-cpu';
import type { PdfLink } from './pdf-links';
import { inPage, markStart, result, watchFor, type InPage, type Timing } from './pdf-timing';

export type Ruler = 'playwright' | 'bare' | 'quiet';
export type Measured = Timing & { cpu?: FirstPdfCpu | null };
/** `trace`: measure CPU from a trace; `saveAs`: keep that trace in this file. */
export interface Options {
  trace?: boolean;
  saveAs?: string;
}

/** bench:pdf's catalog steps once the catalog is ready: watch, mark, change the address. */
async function follow(page: InPage, l: PdfLink, o: Options): Promise<Timing> {
  await watchFor(page, l, false);
  if (o.trace) await page.evaluate(markHighlight, `.pdf-page[data-page="${l.page}"] .highlight.selected`);
  await markStart(page);
  await page.evaluate(({ href, mark }) => void (mark && performance.mark('spd-start'), (location.hash = href)), { href: l.href, mark: !!o.trace });
  return result(page);
}

// As Playwright's locator.waitFor({ state: 'attached' }): checked in the page on every change.
const catalogReady = (sel: string) =>
  new Promise<void>((resolve) => {
    if (document.querySelector(sel)) return resolve();
    const o = new MutationObserver(() => document.querySelector(sel) && (o.disconnect(), resolve()));
    o.observe(document, { subtree: true, childList: true, attributes: true });
  });
const READY = '[data-app-state="ready"][data-route="surveys"]';

function cpuOf(events: TraceEvent[], o: Options): FirstPdfCpu | null {
  if (o.saveAs) writeFileSync(o.saveAs, JSON.stringify({ traceEvents: events }));
  return firstPdfCpu(events);
}

export async function firstPdf(ruler: Ruler, served: Served, l: PdfLink, o: Options = {}): Promise<Measured> {
  if (ruler === 'playwright') {
    const s = await openChromium();
    try {
      const cdp = o.trace ? await s.context.newCDPSession(s.page) : null;
      await cdp?.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
      await s.page.goto(served.url + '#/surveys');
      await s.page.locator(READY).waitFor({ state: 'attached', timeout: 60_000 });
      const t = await follow(inPage(s.page), l, o);
      return { ...t, cpu: cdp && cpuOf(await endTrace(cdp), o) };
    } finally {
      await s.close();
    }
  }
  const page = await openBareChromium({ quiet: ruler === 'quiet' });
  try {
    if (o.trace) await page.startTrace(TRACE_CATEGORIES);
    await page.navigate(served.url + '#/surveys');
    // The navigation may not have replaced about:blank's document yet: ask until it has.
    for (let tries = 0; tries < 200; tries++) {
      const here = await page.evaluate(() => location.href, undefined).catch(() => '');
      if (here.startsWith(served.origin)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await page.evaluate(catalogReady, READY);
    const t = await follow(page, l, o);
    return { ...t, cpu: o.trace ? cpuOf(await page.endTrace(), o) : undefined };
  } finally {
    await page.close();
  }
}
