// Seconds each step of an import took, on the clock and in CPU time of the thread that ran it:
// on a shared machine the wall time varies with the load, the CPU time much less.
import { readFileSync } from 'node:fs';

export interface StepTimes {
  /** Wall-clock seconds per step. */
  seconds: Record<string, number>;
  /** CPU seconds of the step's thread per step (Linux only; empty elsewhere). */
  cpuSeconds: Record<string, number>;
}

/** CPU seconds (user + system) of the calling thread so far, from /proc; null where there is none. */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

export function timeStep<T>(times: StepTimes, step: string, f: () => T): T {
  const t0 = performance.now();
  const c0 = threadCpuSeconds();
  const out = f();
  times.seconds[step] = Number(((performance.now() - t0) / 1000).toFixed(2));
  const c1 = threadCpuSeconds();
  if (c0 !== null && c1 !== null) times.cpuSeconds[step] = Number((c1 - c0).toFixed(2));
  return out;
}
