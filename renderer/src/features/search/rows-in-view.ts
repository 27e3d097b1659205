// How many of an answer's rows the palette renders in the keystroke's own task: those the popup
// can show without scrolling (about 6 of 13 at 720 px), and the active row. The rest are rendered
// in the idle time after that frame, so a keystroke lays out and paints only what is seen (a
// typed key renders again every row it changes: 13 rows cost about twice what 6 do).
import { useEffect, useState, type RefObject } from 'react';

/** Until the popup has been measured: enough for a tall window. */
const FIRST_GUESS = 9;
/** Rows shown, measured from the last whole list: the list's height over its shortest row. */
let inView = FIRST_GUESS;

const idle = (f: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(f, { timeout: 150 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(f, 0);
  return () => clearTimeout(id);
};

/** Rows the list can show at once: its height over its shortest row, one more for a part-row. */
export function rowsThatFit(listHeight: number, rowHeights: number[]): number | null {
  const shortest = Math.min(...rowHeights.filter((h) => h > 0));
  if (!Number.isFinite(shortest) || listHeight <= 0) return null;
  return Math.ceil(listHeight / shortest) + 1;
}

/**
 * The number of `options` to render now. A new answer renders the rows in view (and up to the
 * active one); once the browser is idle, the whole answer, and the list is measured again.
 */
export function useRowsInView<T>(options: readonly T[], active: number, list: RefObject<HTMLElement | null>): number {
  const [whole, setWhole] = useState<readonly T[] | null>(null);
  const isWhole = whole === options || options.length <= inView;
  useEffect(() => {
    if (isWhole) return;
    return idle(() => setWhole(options));
  }, [options, isWhole]);
  useEffect(() => {
    const ul = list.current;
    // Measured only when the list is full to its maximum height (it scrolls).
    if (whole !== options || !ul || ul.offsetParent === null || ul.scrollHeight <= ul.clientHeight) return;
    // The hint row at the end ("all results") is shorter than any hit: only hits are measured.
    const hits = [...ul.querySelectorAll<HTMLElement>('.option-hit')].map((li) => li.offsetHeight);
    inView = rowsThatFit(ul.clientHeight, hits) ?? inView;
  }, [whole, options, list]);
  return isWhole ? options.length : Math.min(options.length, Math.max(inView, active + 1));
}
