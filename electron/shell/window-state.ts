// The main window's size and position, remembered in a small JSON file in the user-data folder.
// Written atomically (temporary file, then rename) so a crash never leaves half a file; a file
// that is missing, corrupt or off every screen is ignored.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const Bounds = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
});
export type Bounds = z.infer<typeof Bounds>;

export const WindowState = z.object({ bounds: Bounds, maximized: z.boolean().default(false), fullScreen: z.boolean().default(false) });
export type WindowState = z.infer<typeof WindowState>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(WindowState.parse(state)));
  renameSync(tmp, file);
}

/** At least a 100×50 piece of the title-bar area must be on one of the screens' work areas. */
export function isVisibleOnSomeDisplay(b: Bounds, workAreas: readonly Area[]): boolean {
  return workAreas.some((a) => {
    const w = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const h = Math.min(b.y + 50, a.y + a.height) - Math.max(b.y, a.y);
    return w >= 100 && h >= 50;
  });
}

export function restorableBounds(state: WindowState | null, workAreas: readonly Area[]): Bounds | { width: number; height: number } | undefined {
  if (!state) return undefined;
  return isVisibleOnSomeDisplay(state.bounds, workAreas) ? state.bounds : { width: state.bounds.width, height: state.bounds.height };
}
