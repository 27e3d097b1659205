// How many of an answer's rows the palette renders in the keystroke's own task: those the popup
// can show without scrolling (about 7 of 13 at 720 px), and the active row. The rest are rendered
// once typing pauses, so a keystroke lays out and paints only what is seen (a typed key renders
// again every row it changes: 13 rows cost about twice what 6 do).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { whenIdleAfter } from '../../app/when-idle';
import { CONFIRM_AFTER_MS } from './search-store';

/** How long an answer stays before its rows out of view are rendered: the pause the service's
 *  confirmation of the renderer's own answer waits for (an answer from the service counts it from
 *  its arrival). Rendered in the idle time after each key (20-150 ms later), their
 *  frame kept the display's frame clock running, and a next key that came within a few frames of
 *  it waited for that clock's next tick (docs/speed.md, session 28). */
export const ROWS_OUT_OF_VIEW_AFTER_MS = CONFIRM_AFTER_MS;

/** Rows shown at once, measured per window height and number of content languages (rows are
 *  shorter with one language); until measured for those, every row. */
const inView = new Map<string, number>();
const layoutKey = (langs: number) => `${langs}|${window.innerHeight}`;

/** Rows the list can show at once: its height over its shortest row, rounded up (the last one cut
 *  at the bottom). */
export function rowsThatFit(listHeight: number, rowHeights: number[]): number | null {
  const shortest = Math.min(...rowHeights.filter((h) => h > 0));
  if (!Number.isFinite(shortest) || listHeight <= 0) return null;
  return Math.ceil(listHeight / shortest);
}

/** The height of a row as short as this list's rows can be, though none shown was: a row's padding
 *  and margins (`chrome`), the shortest meta line seen, and `texts` lines of the shortest text seen. */
export function shortestPossibleRow(chrome: number, metaHeights: number[], textHeights: number[], texts: number): number | null {
  const meta = Math.min(...metaHeights.filter((h) => h > 0));
  const line = Math.min(...textHeights.filter((h) => h > 0));
  if (!Number.isFinite(meta) || !Number.isFinite(line) || texts < 1) return null;
  return chrome + meta + texts * line;
}

/** The hit rows' heights, and the shortest possible row's (shortestPossibleRow), read from the list. */
function hitRowHeights(ul: HTMLElement): number[] {
  const rows = [...ul.querySelectorAll<HTMLElement>('.option-hit')].filter((li) => li.offsetHeight > 0);
  const part = (li: HTMLElement, selector: string) => li.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0;
  // One text per content language (its wording, its snippet or "no text"), each a block.
  const textsOf = (li: HTMLElement) => [...li.querySelectorAll<HTMLElement>('.hit-texts > [lang], .hit-texts > .missing')];
  const first = rows[0];
  if (!first) return [];
  const chrome = first.offsetHeight - part(first, '.hit-meta') - part(first, '.hit-texts');
  const texts = Math.min(...rows.map((li) => textsOf(li).length));
  const possible = shortestPossibleRow(chrome, rows.map((li) => part(li, '.hit-meta')), rows.flatMap((li) => textsOf(li).map((t) => t.offsetHeight)), texts);
  return [...rows.map((li) => li.offsetHeight), ...(possible === null ? [] : [possible])];
}

/**
 * The number of `options` to render now, and a way to render them all at once (the user reaches
 * for the list: a wheel, a scrollbar, a touch, so it never ends short under the pointer). A new
 * answer renders the rows in view (and up to the active one); once it has stayed
 * ROWS_OUT_OF_VIEW_AFTER_MS and the browser is idle, the whole answer, and the list is measured again.
 */
export function useRowsInView<T>(options: readonly T[], active: number, langs: number, list: RefObject<HTMLElement | null>): [number, () => void] {
  const [whole, setWhole] = useState<readonly T[] | null>(null);
  /** The last answer whose rows were all rendered (its rows unmeasured yet, or up to an active last row). */
  const shownWhole = useRef<readonly T[] | null>(null);
  const first = inView.get(layoutKey(langs)) ?? options.length;
  // An answer whose rows are the very objects of the whole list shown (the service confirming the
  // renderer's own answer, a move of the active row) keeps them all: the rows below the fold are
  // not taken away and brought back after the pause.
  const isWhole = options.length <= first || sameRows(whole, options) || sameRows(shownWhole.current, options);
  const count = isWhole ? options.length : Math.min(options.length, Math.max(first, active + 1));
  useEffect(() => {
    if (count === options.length) shownWhole.current = options;
  }, [count, options]);
  useEffect(() => {
    if (isWhole) return;
    return whenIdleAfter(ROWS_OUT_OF_VIEW_AFTER_MS, () => setWhole(options), 150);
  }, [options, isWhole]);
  useEffect(() => {
    // Measured once the idle render laid the whole answer out, or where these rows were never
    // measured; not otherwise in a keystroke's task (reading sizes would lay the new rows out there).
    const key = layoutKey(langs);
    if (whole !== options && (!isWhole || inView.has(key))) return;
    // Only a list full to its maximum height (it scrolls) says how many rows fit.
    const ul = list.current;
    if (!ul || ul.offsetParent === null || ul.scrollHeight <= ul.clientHeight) return;
    // The last option ("all results") is shorter than any hit: only hits are measured, with the
    // shortest a hit could be here, for an answer of shorter rows than this one's. The most ever
    // measured is kept: rows wrap less in a wider window.
    const fit = rowsThatFit(ul.clientHeight, hitRowHeights(ul));
    if (fit !== null) inView.set(key, Math.max(fit, inView.get(key) ?? 0));
  }, [whole, options, isWhole, langs, list]);
  const showAll = useCallback(() => {
    if (!isWhole) setWhole(options);
  }, [isWhole, options]);
  return [count, showAll];
}

function sameRows<T>(a: readonly T[] | null, b: readonly T[]): boolean {
  return a !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}
