// A fresh Chromium with no DevTools session on its workers, for timing pdf.js's worker as a user's
// browser runs it. Playwright attaches to every worker a page starts (Target.setAutoAttach, the
// worker held at its start until Playwright lets it run) and enables Runtime there; pdf.js makes an
// Error as its module loads, and with a client attached V8 then parses the 1.2 MB module a second
// time to collect source positions. Here Chromium gets the very command line Playwright gives it
// (read from Playwright's own launch, so the two rulers differ only in the client) and is driven
// over --remote-debugging-pipe by a client that attaches to the page alone, enables no domain,
// and only navigates and evaluates.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { openChromium } from '../test/ui/helpers/chromium';
import type { TraceEvent } from './main-thread-cpu';

let switches: Promise<string[]> | null = null;

/** Playwright's Chromium command line (binary first), without its profile folder and first page. */
function playwrightCommandLine(): Promise<string[]> {
  switches ??= (async () => {
    const s = await openChromium();
    try {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        let args: string[];
        let parent: string | undefined;
        try {
          args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          // The browser process this one started (other benches and tests may run theirs too).
          parent = /PPid:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        } catch {
          continue; // gone meanwhile
        }
        if (parent === String(process.pid) && args.includes('--remote-debugging-pipe')) {
          return args.filter((a) => a !== '' && a !== 'about:blank' && !a.startsWith('--user-data-dir='));
        }
      }
      throw new Error("could not read Playwright's Chromium command line");
    } finally {
      await s.close();
    }
  })();
  return switches;
}

export interface BarePage {
  /** Runs `fn(arg)` in the page (as Playwright's page.evaluate: its source, so no named functions inside) and returns its value. */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  navigate(url: string): Promise<void>;
  /** Traces the whole browser (no session on any worker needed) from now to endTrace. */
  startTrace(categories: string): Promise<void>;
  endTrace(): Promise<TraceEvent[]>;
  close(): Promise<void>;
}

// Chromium's own omnibox popup, a WebUI page it preloads in a renderer of its own at every launch
// (chrome://omnibox-popup.top-chrome): ~0.8 s of CPU in the first ~3 s, 100-280 ms of it inside
// the catalog flow's first PDF on a 2-core machine. The app's window (Electron) has no omnibox.
const CHROME_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];

/** Playwright's features switch with Chromium's omnibox popup off as well (one switch: the last one given wins). */
function withoutChromeUi(args: string[]): string[] {
  const i = args.findIndex((a) => a.startsWith('--disable-features='));
  const off = i < 0 ? `--disable-features=${CHROME_UI_FEATURES.join(',')}` : `${args[i]},${CHROME_UI_FEATURES.join(',')}`;
  return i < 0 ? [...args, off] : args.map((a, j) => (j === i ? off : a));
}

/** `quiet`: without Chromium's own omnibox popup (CHROME_UI_FEATURES), else Playwright's command line as is. */
export async function openBareChromium(o: { quiet?: boolean } = {}): Promise<BarePage> {
  const [binary, ...given] = await playwrightCommandLine();
  const args = o.quiet ? withoutChromeUi(given) : given;
  const profile = mkdtempSync(join(tmpdir(), 'ppi-bare-profile-'));
  const child: ChildProcess = spawn(binary!, [...args, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let id = 0;
  let buffered = '';
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, (params: unknown) => void>();
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const m = JSON.parse(buffered.slice(0, end)) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      if (m.method) listeners.get(m.method)?.(m.params);
      const w = m.id === undefined ? undefined : waiting.get(m.id);
      if (!w) continue;
      waiting.delete(m.id!);
      if (m.error) w.reject(new Error(m.error.message));
      else w.resolve(m.result);
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.set(++id, { resolve: resolve as (v: unknown) => void, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  let page: { targetId: string } | undefined;
  for (let tries = 0; !page && tries < 100; tries++) {
    const { targetInfos } = await send<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets');
    page = targetInfos.find((t) => t.type === 'page');
    if (!page) await new Promise((r) => setTimeout(r, 50));
  }
  if (!page) throw new Error('no page target');
  // The page alone: no Target.setAutoAttach, so its workers run with no client.
  const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  const evaluateSource = async (expression: string) => {
    const r = await send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
  return {
    evaluate: async <A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> => (await evaluateSource(`(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`)) as Awaited<R>,
    navigate: async (url) => void (await send('Page.navigate', { url }, sessionId)),
    startTrace: async (categories) => void (await send('Tracing.start', { categories, transferMode: 'ReturnAsStream' })),
    endTrace: async () => {
      const done = new Promise<{ stream: string }>((r) => listeners.set('Tracing.tracingComplete', r as (p: unknown) => void));
      await send('Tracing.end');
      const { stream } = await done;
      let data = '';
      for (;;) {
        const c = await send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream });
        data += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
        if (c.eof) break;
      }
      const parsed = JSON.parse(data) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
    close: async () => {
      await send('Browser.close').catch(() => undefined);
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
