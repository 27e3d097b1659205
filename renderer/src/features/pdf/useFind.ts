// Find state of one open document: the query, every match (computed page by page in the
// background), and the selected match.
import { useEffect, useMemo, useState } from 'react';
import { foldQuery } from './find-text';
import type { FindMatch, PageTextCache } from './page-text';

export function useFind(texts: PageTextCache | null, initialQuery: string, startPage: number) {
  const [query, setQuery] = useState(initialQuery);
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [selected, setSelected] = useState(0);
  const [searching, setSearching] = useState(false);
  const [firstSearch, setFirstSearch] = useState(true);

  useEffect(() => {
    const folded = foldQuery(query);
    if (!texts || folded === '') {
      setMatches([]);
      setSearching(false);
      return;
    }
    let stale = false;
    setSearching(true);
    const timer = setTimeout(() => {
      void texts.findAll(folded, () => stale).then((found) => {
        if (stale) return;
        setMatches(found);
        setSearching(false);
        // The first search (from a link) selects the first match on or after the linked page.
        const from = firstSearch ? Math.max(0, found.findIndex((m) => m.page >= startPage)) : 0;
        setSelected(from);
        setFirstSearch(false);
      });
    }, 150);
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
    if (matches.length) setSelected((s) => (s + direction + matches.length) % matches.length);
  };
  return { query, setQuery, matches, byPage, selected: matches[selected] ?? null, selectedIndex: selected, searching, step };
}
