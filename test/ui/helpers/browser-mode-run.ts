// The hooks every browser-mode UI test file shares: one server for the file, a fresh Chromium
// profile for each test; the server must stop cleanly, and (unless told not to) no test may leave
// a console error behind.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { openChromium, type Session } from './chromium';
import { serveBrowserMode, type Served } from './serve';

export interface BrowserModeRun {
  readonly served: Served;
  readonly s: Session;
}

export function useBrowserMode(o: { env?: () => Record<string, string>; checkErrors?: boolean } = {}): BrowserModeRun {
  const run = {} as { served: Served; s: Session };
  beforeAll(async () => {
    run.served = await serveBrowserMode(o.env?.() ?? {});
  });
  afterAll(async () => {
    expect(await run.served.stop()).toBe(0);
  });
  beforeEach(async () => {
    run.s = await openChromium();
  });
  afterEach(async () => {
    if (o.checkErrors !== false) expect(run.s.errors).toEqual([]);
    await run.s.close();
  });
  return run;
}
