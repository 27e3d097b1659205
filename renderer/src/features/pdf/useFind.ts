// Find state of one open document: the query, every match (computed page by page in the
// background), and the selected match. The first search comes from a link ("Show in PDF"),
// whose page the build's page index already knows: that page is searched first and its match
// highlighted at once, and the viewer never moves away from it (a similar wording elsewhere in
// the document is not the question).
import { useEffect, useMemo, useState } from 'react';
import { closingOf, findInPage, foldQuery } from './find-text';
import type { FindMatch, PageTextCache } from './page-text';
import type { PdfBox } from './links';

/**
 * `startShown`: resolves once the linked page is shown; the rest of the document is searched after.
 * `startAfterShown`: the link's highlight is drawn already (the build's boxes), so even the linked
 * page is searched only once shown, leaving pdf.js free to paint it first.
 */
export function useFind(texts: PageTextCache | null, initialQuery: string, startPage: number, startShown?: Promise<void>, startAfterShown = false, linkBox: PdfBox | null = null) {
  const [query, setQuery] = useState(initialQuery);
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [selected, setSelected] = useState(0);
  const [searching, setSearching] = useState(false);
  const [firstSearch, setFirstSearch] = useState(initialQuery !== ''); // a link's query, not one typed

  useEffect(() => {
    const folded = foldQuery(query);
    const closing = closingOf(query);
    if (!texts || folded === '') {
      setMatches([]);
      setSearching(false);
      return;
    }
    let stale = false;
    let linkIndex = 0;
    setSearching(true);
    const fromLink = firstSearch;
    const run = async () => {
      if (fromLink) {
        if (startAfterShown) await startShown;
        if (stale) return;
        const text = await texts.get(startPage);
        const here = findInPage(text.folded, folded, closing).map((ranges, index) => ({ page: startPage, index, ranges }));
        if (stale) return;
        linkIndex = linkBox ? nearestMatch(here, text.origins, linkBox) : 0;
        setMatches(here);
        setSelected(here.length > 0 ? linkIndex : -1);
        await startShown;
        if (stale) return;
      }
      const found = await texts.findAll(folded, () => stale, closing);
      if (stale) return;
      setMatches(found);
      setSearching(false);
      // From a link: its match on the linked page (the one under the build's boxes, where a wording
      // is printed there more than once), or none (no jump to another page).
      setSelected(fromLink ? found.findIndex((m) => m.page === startPage && m.index === linkIndex) : 0);
      setFirstSearch(false);
    };
    // Typing waits for a pause; a link's query runs at once.
    const timer = setTimeout(() => void run(), fromLink ? 0 : 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // firstSearch and startPage only matter for the first run
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texts, query]);

  const byPage = useMemo(() => {
    const m = new Map<number, FindMatch[]>();
    for (const x of matches) m.set(x.page, [...(m.get(x.page) ?? []), x]);
    return m;
  }, [matches]);

  const step = (direction: 1 | -1) => {
    if (matches.length) setSelected((s) => (Math.max(s, direction > 0 ? -1 : 0) + direction + matches.length) % matches.length);
  };
  return { query, setQuery, matches, byPage, selected: matches[selected] ?? null, selectedIndex: selected, searching, step };
}

/** Of a page's matches, the one starting nearest the link's first box (points from the top-left:
 *  its baseline is 0.85 of the line's size below its top, the box 1.1 sizes high). */
export function nearestMatch(matches: { ranges: { item: number }[] }[], origins: { x: number; y: number }[], [x, top, , height]: PdfBox): number {
  const baseline = top + (0.85 * height) / 1.1;
  let best = 0;
  let bestDistance = Infinity;
  matches.forEach((m, i) => {
    const o = origins[m.ranges[0]?.item ?? -1];
    if (!o) return;
    // A line's height apart outweighs any distance along the line.
    const distance = Math.abs(o.y - baseline) * 1000 + Math.abs(o.x - x);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}
