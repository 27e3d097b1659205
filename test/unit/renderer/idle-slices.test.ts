// Background slices held back while the user waits for something (a PDF's first page): none
// starts until the hold is released or its longest wait has passed, and one under way is due.
import { describe, expect, it } from 'vitest';
import { holdBackground, idleSlices } from '../../../renderer/src/app/idle-slices';

/** Whether a promise has settled after the timers and tasks queued so far have run. */
async function settled(p: Promise<unknown>, wait = 30): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, wait));
  return done;
}

describe('idle slices', () => {
  it('start at once when nothing holds them', async () => {
    const s = idleSlices();
    expect(await settled(s.next())).toBe(true);
  });

  it('wait while held, and the slice under way is due; go on once released', async () => {
    const s = idleSlices();
    await s.next();
    let release!: () => void;
    holdBackground(new Promise<void>((r) => (release = r)));
    expect(s.due()).toBe(true);
    const next = s.next();
    expect(await settled(next)).toBe(false);
    release();
    expect(await settled(next)).toBe(true);
  });

  it('do not start a slice already asked for when a hold comes before its task runs', async () => {
    const s = idleSlices();
    const next = s.next(); // its task is queued, not yet run
    let release!: () => void;
    holdBackground(new Promise<void>((r) => (release = r)));
    expect(await settled(next)).toBe(false);
    release();
    expect(await settled(next)).toBe(true);
  });

  it('go on after the longest wait even if the hold never ends, or if it fails', async () => {
    const s = idleSlices();
    holdBackground(new Promise(() => undefined), 20);
    expect(await settled(s.next(), 200)).toBe(true);
    holdBackground(Promise.reject(new Error('no page')));
    expect(await settled(s.next())).toBe(true);
  });
});
