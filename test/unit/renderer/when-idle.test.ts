// Work put off until a pause (rows-in-view.ts: the palette's rows out of view wait for typing to
// pause): nothing runs before the pause has passed, a new call after cancelling starts the pause
// again, and a cancelled wait never runs. Node has no requestIdleCallback: whenIdle's fallback
// timer stands in for the idle callback.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdleAfter } from '../../../renderer/src/app/when-idle';

describe('whenIdleAfter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the pause has passed, not before', () => {
    const f = vi.fn();
    whenIdleAfter(300, f, 150);
    vi.advanceTimersByTime(299);
    expect(f).not.toHaveBeenCalled();
    vi.runAllTimers(); // the pause's end, then the idle wait (whenIdle's fallback timer in node)
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('starts the pause again when cancelled and called anew (a key typed before the pause ended)', () => {
    const first = vi.fn();
    const second = vi.fn();
    const cancel = whenIdleAfter(300, first, 150);
    vi.advanceTimersByTime(200);
    cancel();
    whenIdleAfter(300, second, 150);
    vi.advanceTimersByTime(299);
    expect(second).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('never runs once cancelled, whether in its pause or waiting for idle time', () => {
    const inPause = vi.fn();
    whenIdleAfter(300, inPause, 150)();
    const idle = vi.fn();
    const cancelIdle = whenIdleAfter(300, idle, 150);
    // Past the pause, the idle wait under way: a browser's idle callback, made here of a timer.
    const ric = vi.fn((cb: () => void) => setTimeout(cb, 50) as unknown as number);
    vi.stubGlobal('requestIdleCallback', ric);
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    vi.advanceTimersByTime(300);
    expect(ric).toHaveBeenCalledTimes(1);
    cancelIdle();
    vi.advanceTimersByTime(10_000);
    vi.unstubAllGlobals();
    expect(inPause).not.toHaveBeenCalled();
    expect(idle).not.toHaveBeenCalled();
  });
});
