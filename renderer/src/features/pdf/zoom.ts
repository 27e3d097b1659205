// Zoom of the PDF viewer: fixed percentages, or fitted to the width or the whole page.
export type Zoom = { kind: 'fit-width' } | { kind: 'fit-page' } | { kind: 'percent'; value: number };

export const ZOOM_STEPS = [50, 75, 100, 125, 150, 200, 300];

/** CSS pixels per PDF point for a page of `pageW` x `pageH` points in a view of `viewW` x `viewH`. */
export function scaleFor(zoom: Zoom, pageW: number, pageH: number, viewW: number, viewH: number): number {
  const margin = 24;
  if (zoom.kind === 'percent') return zoom.value / 100;
  const byWidth = Math.max(0.1, (viewW - margin) / pageW);
  if (zoom.kind === 'fit-width') return byWidth;
  return Math.max(0.1, Math.min(byWidth, (viewH - margin) / pageH));
}

/** The next percentage step up or down from the current scale. */
export function stepZoom(currentScale: number, direction: 1 | -1): Zoom {
  const pct = Math.round(currentScale * 100);
  const next = direction > 0 ? ZOOM_STEPS.find((s) => s > pct) : [...ZOOM_STEPS].reverse().find((s) => s < pct);
  return { kind: 'percent', value: next ?? (direction > 0 ? ZOOM_STEPS.at(-1)! : ZOOM_STEPS[0]!) };
}

export function zoomToString(z: Zoom): string {
  return z.kind === 'percent' ? String(z.value) : z.kind;
}

export function zoomFromString(s: string): Zoom {
  if (s === 'fit-width' || s === 'fit-page') return { kind: s };
  const n = Number(s);
  return Number.isFinite(n) && n >= 10 && n <= 500 ? { kind: 'percent', value: n } : { kind: 'fit-width' };
}
